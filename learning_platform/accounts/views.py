"""Account pages of the public site that allauth does not provide: the profile, the download of
one's data, the erasure of one's account and the privacy notice."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from . import services
from .audit import audit_log
from .forms import AccountEraseForm, PrivacyConsentForm, ProfileForm


class ProfileView(LoginRequiredMixin, FormView):
    """A person edits their own profile: the name printed on certificates, country, etc."""

    form_class = ProfileForm
    template_name = "accounts/profile.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        user = self.request.user
        changed = services.user_profile_update(user=user, profile=form.cleaned_data)
        # A new language takes effect at once: the message and the page are in it.
        language = user.preferred_language if "preferred_language" in changed else None
        with translation.override(language or translation.get_language()):
            messages.success(self.request, gettext("Your profile has been saved."))
            return redirect(reverse("account_profile"))


@method_decorator(never_cache, name="dispatch")
class PersonalDataExportView(LoginRequiredMixin, View):
    """A person downloads everything the platform keeps about them, as one JSON file."""

    def get(self, request):
        data = services.user_personal_data_export(user=request.user)
        # ensure_ascii=False keeps names in any script readable in the file, as typed.
        content = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(
            content.encode("utf-8"), content_type="application/json; charset=utf-8"
        )
        filename = f"cebios-learning-my-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = content_disposition_header(True, filename)
        return response


@method_decorator(never_cache, name="dispatch")
class AccountEraseView(LoginRequiredMixin, FormView):
    """A person erases their own account, after reading what that does and typing their
    password."""

    form_class = AccountEraseForm
    template_name = "accounts/account_erase.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            services.user_erase_check(user=self.request.user)
        except ValidationError as refusal:
            context["refusal"] = refusal.messages[0]
        return context

    def form_valid(self, form):
        try:
            erased = services.user_erase(user=self.request.user)
        except ValidationError as refusal:
            messages.error(self.request, refusal.messages[0])
            return redirect(reverse("account_profile"))
        # Recorded once the name and address are gone: the entry keeps the account's id and
        # its erased label, and no address (the log must not keep what the erasure removed).
        audit_log(action="lp.account_erase", instance=erased, user=erased)
        logout(self.request)
        messages.success(
            self.request,
            gettext("Your account has been erased. Thank you for learning with us."),
        )
        return redirect(reverse("wagtail_serve", args=[""]))


@method_decorator(never_cache, name="dispatch")
class PrivacyConsentView(LoginRequiredMixin, FormView):
    """A person whose account a coordinator made accepts the privacy notice before going on
    (PrivacyConsentMiddleware sends them here), or chooses to erase their account."""

    form_class = PrivacyConsentForm
    template_name = "accounts/privacy_consent.html"

    def next_url(self) -> str:
        wanted = self.request.POST.get("next") or self.request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(
            wanted, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return wanted
        return reverse("learning:my_learning")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.next_url()}

    def form_valid(self, form):
        services.user_privacy_accept(user=self.request.user)
        messages.success(self.request, gettext("Thank you. Welcome to CEBioS Learning!"))
        return redirect(self.next_url())


class PrivacyNoticeView(TemplateView):
    """What personal data the platform keeps, why, who sees it, for how long, and your rights."""

    template_name = "accounts/privacy_notice.html"
