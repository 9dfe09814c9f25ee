"""WSGI entry point for production servers (scapula serve runs it under granian)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scapula.config.settings")

application = get_wsgi_application()
