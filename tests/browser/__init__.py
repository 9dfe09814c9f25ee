"""Browser tests need Django: the package sets it up before any of its modules loads."""

from tests.django_setup import setup_django

setup_django()
