from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import Button
from wagtail.users.views import users as wagtail_users

from learning_platform.exports import SafeSpreadsheetExportMixin

from . import admin_views
from .audit import AuditedExportMixin
from .forms import UserCreationForm, UserEditForm


class UserIndexView(AuditedExportMixin, SafeSpreadsheetExportMixin, wagtail_users.IndexView):
    """The users listing, searchable by name, email and organisation, and its CSV and XLSX
    export: Wagtail's own exports nothing for a user model without first and last names.
    Every export is recorded in the audit log, with its filters."""

    search_fields = ["full_name", "email", "organisation"]
    list_export = ["full_name", "email", "country", "organisation", "groups", "last_login"]
    export_headings = {
        "full_name": _("Name"),
        "email": _("Email"),
        "country": _("Country"),
        "organisation": _("Organisation"),
        "groups": _("Groups"),
        "last_login": _("Last login"),
    }

    def get_base_queryset(self):
        users = super().get_base_queryset()
        if self.is_export:
            users = users.prefetch_related("groups")
        return users

    def to_row_dict(self, item):
        return {
            "full_name": item.full_name,
            "email": item.email,
            "country": item.country.name if item.country else "",
            "organisation": item.organisation,
            "groups": ", ".join(sorted(group.name for group in item.groups.all())),
            "last_login": item.last_login,
        }


class UserEditView(wagtail_users.EditView):
    """A user's page, with, for superusers, their second factors and a way to reset them."""

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.request.user.is_superuser and self.object != self.request.user:
            buttons.append(
                Button(
                    _("Reset the second factor"),
                    url=reverse("wagtailusers_users:second_factor_reset", args=[self.object.pk]),
                    icon_name="key",
                    priority=40,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.is_superuser:
            context["second_factors"] = sorted(
                {
                    str(authenticator.get_type_display())
                    for authenticator in self.object.authenticator_set.all()
                }
            )
        return context


class UserViewSet(wagtail_users.UserViewSet):
    index_view_class = UserIndexView
    export_filename = "users"  # the viewset gives its views theirs
    edit_view_class = UserEditView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                f"second-factor/<{self.pk_path_converter}:pk>/reset/",
                admin_views.user_second_factor_reset,
                name="second_factor_reset",
            ),
        ]
