from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import Button
from wagtail.users.views import users as wagtail_users

from . import admin_views
from .forms import UserCreationForm, UserEditForm


class UserIndexView(wagtail_users.IndexView):
    """The users listing, searchable by name, email and organisation."""

    search_fields = ["full_name", "email", "organisation"]


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
