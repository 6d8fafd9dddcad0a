"""The platform's URLs with one more: the cheapest page this stack can serve (bench/floor.py)."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from learning_platform.urls import urlpatterns as platform_urlpatterns

# The smallest template that still does what every page does: the request's context
# processors, the signed-in person's name, an escaped variable.
_TEMPLATE = engines["django"].from_string(
    '<!doctype html><html lang="en"><title>{{ title }}</title>'
    "<main><h1>{{ title }}</h1>{% if user.is_authenticated %}<p>{{ user.full_name }}</p>"
    "{% endif %}</main></html>"
)


def floor(request):
    return HttpResponse(_TEMPLATE.render({"title": "Floor"}, request))


urlpatterns = [path("bench-floor/", floor), *platform_urlpatterns]
