"""Site navigation shared by every front-end template."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in every interface language.

    On a Wagtail page each link goes to that page's translation, or to the home page of a
    language the page is not translated into yet. Elsewhere the URL keeps its path and changes
    its language prefix. Plain links, not a form, so cached pages carry no CSRF token.
    """
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        translations = {
            page_translation.locale.language_code: page_translation
            for page_translation in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        elif page is not None:
            with translation.override(code):
                url = reverse("wagtail_serve", args=[""])
        else:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        languages.append(
            {"code": code, "name": info["name_local"], "url": url, "is_current": code == current}
        )
    return {"languages": languages}
