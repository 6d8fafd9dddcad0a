from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [
        path(
            "certificates/", admin_views.CertificateIndexView.as_view(), name="certificates_admin"
        ),
        path(
            "certificates/results/",
            admin_views.CertificateIndexView.as_view(results_only=True),
            name="certificates_admin_results",
        ),
        path(
            "certificates/<int:certificate_id>/",
            admin_views.certificate_detail,
            name="certificates_admin_detail",
        ),
        path(
            "certificates/<int:certificate_id>/revoke/",
            admin_views.certificate_revoke,
            name="certificates_admin_revoke",
        ),
        path(
            "certificates/<int:certificate_id>/reissue/",
            admin_views.certificate_reissue,
            name="certificates_admin_reissue",
        ),
        path(
            "certificates/<int:certificate_id>/pdf/",
            admin_views.certificate_pdf,
            name="certificates_admin_pdf",
        ),
        path("certificates/sessions/", admin_views.sessions, name="certificates_admin_sessions"),
        path(
            "certificates/sessions/<int:session_id>/zip/",
            admin_views.session_zip,
            name="certificates_admin_session_zip",
        ),
    ]


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"), reverse("certificates_admin"), icon_name="form", order=350
    )
