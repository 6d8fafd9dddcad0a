from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import health, metrics_view
from .accounts.admin_views import (
    AccountView,
    admin_login_redirect,
    admin_password_reset_redirect,
)
from .accounts.urls import privacy_urlpatterns
from .certificates.urls import verify_urlpatterns as certificate_verify_urlpatterns

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics_view.metrics, name="metrics"),
    # Before Wagtail's admin URLs, so that this account page replaces Wagtail's own.
    path("admin/account/", AccountView.as_view(), name="wagtailadmin_account"),
    # The admin signs in and resets passwords through allauth (rate limits, second factor):
    # Wagtail's own login and reset forms are never reached.
    path("admin/login/", admin_login_redirect, name="admin_login_redirect"),
    path(
        "admin/password_reset/", admin_password_reset_redirect, name="admin_password_reset_redirect"
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    # The certificates' public verify page (the address in their QR code).
    *certificate_verify_urlpatterns,
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every front-end URL starts with its language (/en/, /fr/); "/" redirects to the visitor's.
urlpatterns += i18n_patterns(
    path("", include("learning_platform.learning.urls")),
    path("", include("learning_platform.certificates.urls")),
    # Before allauth's, so that our account pages come first.
    path("accounts/", include("learning_platform.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include(privacy_urlpatterns)),
    # Wagtail's page serving comes last: it catches every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
