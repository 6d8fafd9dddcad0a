"""The home page for an anonymous visitor: time, queries and weight (HTML + CSS)."""

from django.conf import settings
from harness import client, measure, test_database

# isort: split
from learning_platform.demo.content import demo_home_pages_ensure


def main():
    with test_database():
        demo_home_pages_ensure()
        http = client()
        for language in ("en", "fr"):
            result = measure(lambda language=language: http.get(f"/{language}/"))
            assert result["response"].status_code == 200
            print(f"home_page_{language}_ms: {result['ms']:.1f} ms")
            print(f"home_page_{language}_queries: {result['queries']}")
        stylesheet = settings.BASE_DIR / "learning_platform/static/css/site.css"
        weight = len(result["response"].content) + stylesheet.stat().st_size
        print(f"home_page_weight_kb: {weight / 1024:.1f} kB")


if __name__ == "__main__":
    main()
