from wagtail.users.views import users as wagtail_users

from .forms import UserCreationForm, UserEditForm


class UserIndexView(wagtail_users.IndexView):
    """The users listing, searchable by name, email and organisation."""

    search_fields = ["full_name", "email", "organisation"]


class UserViewSet(wagtail_users.UserViewSet):
    index_view_class = UserIndexView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
