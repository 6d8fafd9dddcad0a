"""Site navigation shared by every front-end template."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from courses import page_cache
from courses.selectors import page_in_languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """Links to the current page in every interface language.

    On a Wagtail page each link goes to that page's translation or, while it is not translated
    yet, to its nearest translated ancestor (marked as such); the links of a page are rendered
    once per language and site until the page tree changes. Elsewhere the URL keeps its path
    and changes its language prefix. Plain links, not a form, so cached pages carry no CSRF
    token and everything works without JavaScript.
    """
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and not getattr(request, "is_preview", False):
        site = getattr(request, "_wagtail_site", None)
        return page_cache.cached(
            "switcher",
            f"{page.pk}:{get_language()}:{site.pk if site else ''}",
            lambda: _language_switcher(request, page),
            scope=page_cache.scope_of(page.url_path),
        )
    return _language_switcher(request, page)


def _language_switcher(request, page) -> str:
    codes = [code for code, _name in settings.LANGUAGES]
    versions = page_in_languages(page, codes) if isinstance(page, Page) else {}
    current = get_language()
    languages = []
    for code in codes:
        is_same_page = True
        if code in versions:
            target, is_same_page = versions[code]
            url = target.get_url(request)
        elif isinstance(page, Page):
            is_same_page = False
            with translation.override(code):
                url = reverse("wagtail_serve", args=[""])
        else:
            url = translate_url(request.get_full_path(), code)
        languages.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
                "is_same_page": is_same_page,
            }
        )
    return render_to_string("includes/language_switcher.html", {"languages": languages})
