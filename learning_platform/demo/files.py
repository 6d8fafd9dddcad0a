"""Reads the demo content files, which translators and authors edit (see content/README.md).

A module file is front matter in YAML (title, introduction, ...), then its body in Markdown:
``##`` and ``###`` headings become heading blocks, paragraphs and lists rich text, and a fenced
block named after a block type (```` ```callout ````, ```` ```glossary_term ````, ...) holds that
block's fields in YAML. A level-one heading (``# Quiz``, in any words) starts the quiz: one
fenced block per question or question pool. Course texts and topics are plain YAML.

This module only reads: it knows Markdown and YAML, not Wagtail's blocks (see courses.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

CONTENT_DIR = Path(__file__).parent / "content"

HEADING_LEVELS = {"h2", "h3", "h4"}


class DemoContentError(ValueError):
    """A content file that cannot be loaded; the message names the file and the place."""


def _markdown() -> MarkdownIt:
    # No raw HTML: what a translator types is text, never markup that reaches the page.
    parser = MarkdownIt("commonmark", {"html": False}).use(front_matter_plugin)
    # Wagtail's own rich-text markup (what its editor writes), so that edits look the same.
    parser.add_render_rule("strong_open", lambda *args: "<b>")
    parser.add_render_rule("strong_close", lambda *args: "</b>")
    parser.add_render_rule("em_open", lambda *args: "<i>")
    parser.add_render_rule("em_close", lambda *args: "</i>")
    # A line break in the file is a space on the page: translators wrap lines as they like.
    parser.add_render_rule("softbreak", lambda *args: " ")
    return parser


MARKDOWN = _markdown()


def markdown_html(text: str) -> str:
    """Rich-text HTML for Markdown ``text``, without the line breaks between elements."""
    html = MARKDOWN.render(text)
    return re.sub(r">\n+<", "><", html).strip()


@dataclass
class ModuleFile:
    path: Path
    meta: dict
    body: list[tuple[str, object]] = field(default_factory=list)
    quiz: list[tuple[str, object]] = field(default_factory=list)


def yaml_read(path: Path):
    return _yaml(path.read_text(encoding="utf-8"), path)


COLON_HINT = (
    " A text that has ': ' in it (as French punctuation does) goes on the lines after '>-', "
    "indented: see content/README.md."
)


def _yaml(text: str, path: Path, first_line: int = 0):
    """The data of a YAML text that starts at ``first_line`` (0-based) of ``path``."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line + 1 if mark is not None else first_line + 1
        problem = getattr(error, "problem", None) or str(error)
        hint = COLON_HINT if "mapping values are not allowed" in problem else ""
        raise DemoContentError(f"{path}, line {line}: not valid YAML: {problem}.{hint}") from error


def markdown_read(path: Path) -> ModuleFile:
    """A Markdown file with front matter: its fields, then its blocks in order.

    Prose stays Markdown (the loader turns it into rich text); a fenced block's YAML is read
    into plain data."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    document = ModuleFile(path=path, meta={})
    blocks = document.body
    prose: list[str] = []

    def prose_end():
        text = "".join(prose).strip()
        if text:
            blocks.append(("rich_text", text))
        prose.clear()

    tokens = MARKDOWN.parse(source)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        line = token.map[0] + 1 if token.map else "?"
        where = f"{path}, line {line}"
        if token.level != 0 or token.map is None:  # inside a block, or closing one
            index += 1
            continue
        if token.type == "front_matter":
            document.meta = _yaml(token.content, path, token.map[0] + 1) or {}
            if not isinstance(document.meta, dict):
                raise DemoContentError(f"{where}: the front matter must be 'name: value' lines.")
        elif token.type == "heading_open":
            prose_end()
            text = tokens[index + 1].content.strip()
            if token.tag == "h1":
                if blocks is document.quiz:
                    raise DemoContentError(
                        f"{where}: a second level-one heading; only the quiz has one."
                    )
                blocks = document.quiz
            elif token.tag in HEADING_LEVELS and blocks is document.body:
                blocks.append(("heading", {"text": text, "level": token.tag}))
            else:
                raise DemoContentError(
                    f"{where}: a {token.tag} heading has no place here; the body takes ## to "
                    "####, and # starts the quiz."
                )
        elif token.type == "fence":
            prose_end()
            block_type = token.info.strip()
            if not block_type:
                raise DemoContentError(f"{where}: a fenced block needs its block type after ```.")
            value = _yaml(token.content, path, token.map[0] + 1)
            blocks.append((block_type, value))
        elif blocks is document.quiz:
            raise DemoContentError(
                f"{where}: the quiz takes only fenced blocks, one for each question or pool."
            )
        else:
            prose.extend(lines[token.map[0] : token.map[1]])
            prose.append("\n")
        index += 1
    prose_end()
    return document


def language_files(directory: Path, stem: str, suffix: str) -> dict[str, Path]:
    """``{language: path}`` of ``stem.<language>.<suffix>`` files in ``directory``."""
    found = {}
    for path in sorted(directory.glob(f"{stem}.*.{suffix}")):
        language = path.name[len(stem) + 1 : -len(suffix) - 1]
        if re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]+)?", language):
            found[language] = path
    return found


def page_read(path: Path) -> tuple[dict, str]:
    """A page of one rich-text field: its front matter, and its Markdown body as HTML."""
    source = path.read_text(encoding="utf-8")
    meta, body_start = {}, 0
    for token in MARKDOWN.parse(source):
        if token.type == "front_matter":
            meta = _yaml(token.content, path, token.map[0] + 1) or {}
            body_start = token.map[1]
    body = "".join(source.splitlines(keepends=True)[body_start:])
    return meta, markdown_html(body)


@dataclass
class DemoModule:
    slug: str
    texts: dict[str, ModuleFile]  # by language


@dataclass
class DemoCourse:
    slug: str
    facts: dict
    texts: dict[str, dict]  # by language
    modules: list[DemoModule]


def _languages_ensure(found: dict, source_language: str, where: Path) -> dict:
    if source_language not in found:
        raise DemoContentError(f"{where}: no file in {source_language}, the source language.")
    return found


def courses_read(source_language: str, directory: Path = CONTENT_DIR) -> list[DemoCourse]:
    """Every course folder of ``directory``, its modules in the order of ``course.yaml``."""
    courses = []
    for folder in sorted(path for path in directory.iterdir() if path.is_dir()):
        facts = yaml_read(folder / "course.yaml")
        texts = _languages_ensure(language_files(folder, "course", "yaml"), source_language, folder)
        modules = {}
        for path in sorted(folder.glob("*.md")):
            match = re.fullmatch(r"(\d+)-([a-z0-9-]+)\.([a-z]{2,3}(?:-[a-z0-9]+)?)\.md", path.name)
            if match is None:
                raise DemoContentError(
                    f"{path}: a module file is named NN-slug.language.md, "
                    "e.g. 01-legal-basis.fr.md."
                )
            modules.setdefault(match[2], {})[match[3]] = path
        missing = [slug for slug in facts["modules"] if slug not in modules]
        unlisted = [slug for slug in modules if slug not in facts["modules"]]
        if missing or unlisted:
            raise DemoContentError(
                f"{folder / 'course.yaml'}: its list of modules does not match the files "
                f"(no file for: {', '.join(missing) or '-'}; "
                f"not listed: {', '.join(unlisted) or '-'})."
            )
        courses.append(
            DemoCourse(
                slug=folder.name,
                facts=facts,
                texts={language: yaml_read(path) for language, path in texts.items()},
                modules=[
                    DemoModule(
                        slug=slug,
                        texts={
                            language: markdown_read(path)
                            for language, path in _languages_ensure(
                                modules[slug], source_language, folder / slug
                            ).items()
                        },
                    )
                    for slug in facts["modules"]
                ],
            )
        )
    return courses


def topics_read(directory: Path = CONTENT_DIR) -> dict[str, dict[str, str]]:
    """``{slug: {language: name}}`` from the ``topics.<language>.yaml`` files."""
    topics: dict[str, dict[str, str]] = {}
    for language, path in language_files(directory, "topics", "yaml").items():
        for slug, name in (yaml_read(path) or {}).items():
            topics.setdefault(slug, {})[language] = name
    return topics
