"""Account pages of the public site that allauth does not provide: the profile and the privacy
notice."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.generic import FormView, TemplateView

from . import services
from .forms import ProfileForm


class ProfileView(LoginRequiredMixin, FormView):
    """A person edits their own profile: the name printed on certificates, country, etc."""

    form_class = ProfileForm
    template_name = "accounts/profile.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        user = self.request.user
        changed = services.user_profile_update(user=user, **form.cleaned_data)
        # A new language takes effect at once: the message and the page are in it.
        language = user.preferred_language if "preferred_language" in changed else None
        with translation.override(language or translation.get_language()):
            messages.success(self.request, gettext("Your profile has been saved."))
            return redirect(reverse("account_profile"))


class PrivacyNoticeView(TemplateView):
    """What personal data the platform keeps, why, who sees it, for how long, and your rights."""

    template_name = "accounts/privacy_notice.html"
