"""The demo content files: Markdown and YAML a translator reads side by side, loaded with the
same checks as the page editor, a translation keeping the blocks (and answers) of its source."""

import textwrap
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from courses.models import ModulePage
from learning_platform.demo import files
from learning_platform.demo.courses import module_streams
from learning_platform.demo.files import DemoContentError, markdown_html

MODULE_EN = """\
---
title: Where the CHM comes from
estimated_minutes: 20
required: true
introduction: The legal basis of the CHM.
---

## Article 18(3)

The COP must set up a **clearing-house mechanism** to *promote* cooperation. A line the
author wrapped.

- first point;
- second point.

```callout
kind: tip
title: Remember
text: |
  Article **18(3)**.
```

# Quiz

```single_choice
question: Which article is the legal basis of the CHM?
choices:
- text: Article 17
- text: Article 18(3)
  is_correct: true
```

```pool
draw: 1
questions:
- true_false:
    statement: The CHM was set up in Nassau.
    is_true: true
- short_answer:
    question: In which year did the Convention enter into force?
    number: 1993
```
"""


NASSAU_QUESTION = "- true_false:\n    statement: The CHM was set up in Nassau.\n    is_true: true\n"


def module_file(tmp_path, language, text):
    path = tmp_path / f"01-legal-basis.{language}.md"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def translated(text=MODULE_EN, **replacements):
    french = (
        text.replace("Where the CHM comes from", "Aux origines du Centre d'échange")
        .replace("The COP must", "La COP doit")
        .replace("Which article", "Quel article")
    )
    for old, new in replacements.items():
        assert old in french, old
        french = french.replace(old, new)
    return french


def streams(tmp_path, french_text):
    module = files.DemoModule(
        slug="legal-basis",
        texts={
            "en": files.markdown_read(module_file(tmp_path, "en", MODULE_EN)),
            "fr": files.markdown_read(module_file(tmp_path, "fr", french_text)),
        },
    )
    return module_streams(module)


def test_markdown_becomes_the_rich_text_wagtail_writes():
    html = markdown_html("Some **bold** and *italic*,\nwrapped.\n\n1. one\n2. two")

    assert html == (
        "<p>Some <b>bold</b> and <i>italic</i>, wrapped.</p><ol><li>one</li><li>two</li></ol>"
    )


def test_markup_typed_in_a_file_is_text_not_html():
    assert markdown_html('<script>alert("x")</script>') == (
        "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>"
    )


def test_a_module_file_gives_its_fields_blocks_and_quiz(tmp_path):
    document = files.markdown_read(module_file(tmp_path, "en", MODULE_EN))

    assert document.meta["title"] == "Where the CHM comes from"
    assert [block_type for block_type, _value in document.body] == [
        "heading",
        "rich_text",
        "callout",
    ]
    assert document.body[0] == ("heading", {"text": "Article 18(3)", "level": "h2"})
    assert [block_type for block_type, _value in document.quiz] == ["single_choice", "pool"]


def test_a_translation_gets_the_block_ids_of_its_source_down_to_each_answer(tmp_path):
    loaded = streams(tmp_path, translated())
    english, french = loaded["en"], loaded["fr"]

    def ids(stream):
        found = []
        for block in stream:
            found.append(block["id"])
            for name in ("choices", "questions"):
                found.extend(item["id"] for item in block["value"].get(name, []))
        return found

    assert ids(french["quiz"]) == ids(english["quiz"]) and len(set(ids(english["quiz"]))) == 6
    assert [block["id"] for block in french["body"]] == [block["id"] for block in english["body"]]
    assert french["body"][1]["value"].startswith("<p>La COP doit set up a <b>clearing-house")
    assert french["body"][2]["value"]["text"] == "<p>Article <b>18(3)</b>.</p>"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"is_true: true": "is_true: false"},
            "(quiz), block 2 (pool), questions, block 1 (true_false), is_true: False where the "
            "source has True",
        ),
        ({"number: 1993": "number: 1994"}, "block 2 (pool), questions, block 2 (short_answer)"),
        ({"kind: tip": "kind: warning"}, "(body), block 3 (callout), kind: 'warning'"),
        (
            {NASSAU_QUESTION: ""},
            "(quiz), block 2 (pool), questions: 1 blocks or items where the source has 2",
        ),
        ({"## Article 18(3)\n": ""}, "(body): 2 blocks or items where the source has 3"),
    ],
)
def test_a_translation_that_changes_more_than_words_is_refused(tmp_path, change, message):
    with pytest.raises(DemoContentError) as error:
        streams(tmp_path, translated(**change))

    assert "01-legal-basis.fr.md" in str(error.value) and message in str(error.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"```callout": "```call_out"}, "no block type 'call_out'; use one of heading,"),
        ({"kind: tip": "sort: tip"}, "unknown field sort; this block takes kind, title, text"),
        (
            {"  is_correct: true\n": ""},
            "block 1 (single_choice): choices: Mark exactly one answer as correct.",
        ),
        ({"draw: 1": "draw: 3"}, "block 2 (pool): draw: The pool has fewer questions than"),
        ({"title: Remember": "title: Remember: this"}, "line 18: not valid YAML"),
        ({"## Article": "# Article"}, "line 10: the quiz takes only fenced blocks"),
        ({"# Quiz\n": "# Quiz\n\n# Questions\n"}, "a second level-one heading"),
    ],
)
def test_a_broken_file_is_refused_with_the_place_of_the_fault(tmp_path, change, message):
    english = MODULE_EN
    for old, new in change.items():
        english = english.replace(old, new)
    path = module_file(tmp_path, "en", english)

    with pytest.raises(DemoContentError) as error:
        module_streams(
            files.DemoModule(slug="legal-basis", texts={"en": files.markdown_read(path)})
        )

    assert str(path) in str(error.value) and message in str(error.value), str(error.value)


def test_a_trainers_edits_survive_a_new_load_of_the_demo(home_page):
    call_command("load_demo", stdout=StringIO())
    french = Locale.objects.get(language_code="fr")
    module = ModulePage.objects.get(locale__language_code="en", slug="legal-basis")
    module.title = "The legal basis, as our trainer tells it"
    module.quiz = list(module.quiz.raw_data)[:1]  # the trainer kept one question
    module.save_revision().publish()
    module.get_translation(french).delete()

    call_command("load_demo", stdout=StringIO())

    module.refresh_from_db()
    assert module.title == "The legal basis, as our trainer tells it" and len(module.quiz) == 1
    # The French file no longer matches the English page: it is left out, not forced in.
    assert module.get_translation_or_none(french) is None


def test_a_deleted_translation_comes_back_with_the_ids_of_the_english_page(home_page):
    call_command("load_demo", stdout=StringIO())
    french = Locale.objects.get(language_code="fr")
    module = ModulePage.objects.get(locale__language_code="en", slug="legal-basis")
    module.get_translation(french).delete()

    call_command("load_demo", stdout=StringIO())

    translation = module.get_translation(french)
    assert translation.live and translation.slug == "fondement-juridique"
    assert [block.id for block in translation.quiz] == [block.id for block in module.quiz]
