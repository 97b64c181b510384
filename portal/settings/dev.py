from .base import *  # noqa: F403

# `make run` is what a newcomer sees first: the portal as residents get it, with the
# Vietnamese 404 and 500 pages. DEBUG=1 brings back Django's debug pages for a developer.
DEBUG = env_bool("DEBUG", False)  # noqa: F405
# The development key is public on purpose: it only ever signs a local demo.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
# The worker that `make run` starts prints each mail instead of sending it.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
ALLOWED_HOSTS = ["*"]
# Static files straight from the apps' and the project's folders, as they are edited:
# whitenoise serves them without `collectstatic` and without hashed names.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploaded images and documents, which nginx serves in production.
SERVE_MEDIA = True
