"""Template tags through which pages of lower layers (learning's "My learning") show
certificates without importing this app."""

from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("certificates/includes/my_certificates.html", takes_context=True)
def my_certificates(context):
    """The signed-in trainee's certificates with their download links: one query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    certificates = selectors.user_certificates(user=user) if user is not None else []
    return {"certificates": certificates}
