"""Charts and selects written in Python: what a person typed reaches them escaped."""

from learning_platform.reports.charts import breakdown_svg, funnel_svg
from learning_platform.reports.forms import QuickSelect
from learning_platform.reports.selectors import CountRow

TYPED = '<script>alert("x")</script> & Co'
COUNTS = {"enrolled": 3, "active": 2, "completed": 1, "certified": 1}


def test_chart_labels_and_titles_are_escaped():
    svg = breakdown_svg([CountRow(value="x", label=TYPED, counts=COUNTS)], title=TYPED)
    funnel = funnel_svg(COUNTS, title=TYPED)

    for chart in (svg, funnel):
        assert "<script>" not in chart
        assert "&lt;script&gt;" in chart


def test_quick_select_escapes_its_values_and_labels():
    html = QuickSelect(choices=[("", "All"), ('1" onmouseover="x', TYPED)]).render("session", "")

    assert "<script>" not in html and 'onmouseover="x"' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
