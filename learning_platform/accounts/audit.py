"""The audit log: who did what, when and from which address, in Wagtail's own log.

Entries are Wagtail ``ModelLogEntry`` rows, so they show in the admin's "Site history" report
beside page edits, filtered like the rest of it; nobody can edit them. Each action we record is
declared once in ``ACTIONS`` (registered in ``wagtail_hooks.py``) and written with
``audit_log``. It lives in accounts, the bottom layer, so that every app can record.
"""

from allauth.account.adapter import get_adapter
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

# action -> (label in the history filters, message shown on each line)
ACTIONS = {
    "lp.signin": (_("Sign-in"), _("Signed in")),
    "lp.signin_failed": (_("Failed sign-in"), _("Sign-in failed")),
    "lp.mfa_change": (_("Second factor changed"), _("Second factor changed")),
    "lp.mfa_reset": (_("Second factor reset"), _("Second factor reset by an administrator")),
    "lp.groups_change": (_("Roles changed"), _("Roles changed")),
    "lp.export": (_("Personal data exported"), _("Exported a list of personal data")),
    "lp.certificate_revoke": (_("Certificate revoked"), _("Certificate revoked")),
    "lp.certificate_reissue": (_("Certificate reissued"), _("Certificate reissued")),
    "lp.email_resend": (_("Email sent again"), _("Email queued to be sent again")),
    "lp.attempts_grant": (_("Quiz attempts given"), _("Gave more attempts at a quiz")),
    "lp.bulk_enrolment": (_("Bulk enrolment confirmed"), _("Bulk enrolment confirmed")),
    "lp.account_erase": (_("Account erased"), _("Account erased")),
}


class AuditFormatter(LogFormatter):
    """How an entry reads in Site history: its message, what it recorded (the reason given, the
    list and filters exported, the roles added...) and the address it came from."""

    def format_message(self, log_entry):
        data = dict(log_entry.data or {})
        address = data.pop("address", "")
        text = str(self.message)
        if data:
            # In the order of the keys: PostgreSQL's jsonb keeps no other.
            text += " (" + "; ".join(f"{key}: {_plain(data[key])}" for key in sorted(data))
            text += ")"
        if address:
            text = gettext("%(message)s, from %(address)s") % {"message": text, "address": address}
        return text


def _plain(value) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key}={_plain(value[key])}" for key in sorted(value)) or "-"
    if isinstance(value, list | tuple):
        return ", ".join(_plain(item) for item in value) or "-"
    return str(value)


def client_address(request) -> str:
    """The client's address as allauth reads it: behind ``ALLAUTH_TRUSTED_PROXY_COUNT``
    proxies, from X-Forwarded-For; otherwise the address that connected."""
    return get_adapter(request).get_client_ip(request) or ""


def audit_log(*, action: str, instance, request=None, user=None, data: dict | None = None):
    """Records ``action`` on ``instance`` (a model instance: the user signing in, the
    certificate revoked, the session exported...), by ``user`` (default: the request's), with
    the client's address and ``data`` (what was exported, with which filters...). Returns the
    log entry."""
    if action not in ACTIONS:
        raise ValueError(f"Unknown audit action {action!r}: declare it in ACTIONS.")
    data = dict(data or {})
    if request is not None:
        data.setdefault("address", client_address(request))
        if user is None and getattr(request, "user", None) and request.user.is_authenticated:
            user = request.user
    return log(instance=instance, action=action, user=user, data=data)


def export_audit(*, request, list_name: str) -> None:
    """Records that ``request.user`` exported the list ``list_name`` of personal data, with
    the filters they used (the query string, without the export format)."""
    filters = {
        name: request.GET.getlist(name) for name in request.GET if name not in ("export", "p")
    }
    audit_log(
        action="lp.export",
        instance=request.user,
        request=request,
        data={"list": list_name, "filters": filters, "format": request.GET.get("export", "")},
    )


class AuditedExportMixin:
    """For a Wagtail admin view with SpreadsheetExportMixin: every CSV or XLSX export of its
    list is recorded in the audit log."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        export_audit(request=self.request, list_name=self.get_filename())
        return super().as_spreadsheet(queryset, spreadsheet_format)
