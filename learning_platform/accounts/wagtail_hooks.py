from wagtail import hooks

from .audit import ACTIONS, AuditFormatter


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    for action, (label, message) in ACTIONS.items():
        # Wagtail's registry takes a formatter class: one per action, with its label and message.
        formatter = type("AuditFormatter", (AuditFormatter,), {"label": label, "message": message})
        actions.register_action(action)(formatter)
