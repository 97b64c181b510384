from .base import *  # noqa: F403

DEBUG = True
# The development key is public on purpose: it only ever signs a local demo.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
# The worker that `make run` starts prints each mail instead of sending it.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
ALLOWED_HOSTS = ["*"]
