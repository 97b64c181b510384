import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

application = get_wsgi_application()

# What Django and Wagtail built at start-up lives as long as the process: out of the
# collector's sight, a full collection takes milliseconds instead of a hundred.
gc.freeze()
