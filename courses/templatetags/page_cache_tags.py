"""Fragments of page templates kept in the page cache (courses/page_cache.py)."""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from .. import page_cache

register = template.Library()


class PageFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        page = context.get("page")
        if page is None or getattr(context.get("request"), "is_preview", False):
            return self.nodelist.render(context)  # a preview shows the draft, never the cache
        language = translation.get_language()
        return mark_safe(  # noqa: S308 - the template's own output, escaped when rendered
            page_cache.fragment(self.name, page, language, lambda: self.nodelist.render(context))
        )


@register.tag
def pagefragment(parser, token):
    """``{% pagefragment "name" %}...{% endpagefragment %}``: the enclosed part of the page's
    template, rendered once per revision of the page and language. Only what depends on the
    page alone belongs inside: nothing of the visitor's."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('Usage: {% pagefragment "name" %}')
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(bits[1][1:-1], nodelist)
