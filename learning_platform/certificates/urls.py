from django.urls import path, re_path

from . import views

app_name = "certificates"

urlpatterns = [
    path("certificates/<str:code>/pdf/", views.download, name="download"),
    # The verify page in a chosen language.
    re_path(r"^[vV]/(?P<code>[0-9A-Za-z-]{20,40})/?$", views.verify, name="verify"),
]

# Outside the language prefix, short and case-blind: the address in the QR code is in
# capitals (QR's compact alphanumeric mode), the one printed beside it in small letters.
verify_urlpatterns = [
    re_path(r"^[vV]/(?P<code>[0-9A-Za-z-]{20,40})/?$", views.verify, name="certificate_verify"),
]
