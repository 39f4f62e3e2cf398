"""The `newstrace read` command: outputs, the JSON contract and schema, and bad input.

Runs the CLI in-process (typer's CliRunner); the pipeline is built once per process.
"""
from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import DATA
from newstrace.cli import app
from newstrace.records import json_schema

SEED = str(DATA / "seed_article.txt")
BAD = DATA / "ingest"
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _warm(nlp):
    """Build the cached pipeline once before the CLI asks for it."""


def run(*args, stdin=None):
    return runner.invoke(app, ["read", *args], input=stdin)


PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_json_contract_and_schema():
    res = run(SEED, "--date", "2019-05-31", "--format", "json")
    assert res.exit_code == 0, res.stderr
    out = json.loads(res.stdout)
    jsonschema.validate(out, json_schema())
    assert set(out["article"]) >= {"id", "title", "published", "outlet", "text"}
    assert out["article"]["title"] == "This Seems Bad" and out["article"]["published"] == "2019-05-31"
    for c in out["claims"]:
        assert set(c) >= {"id", "start_char", "end_char", "text", "kind", "attribution",
                          "factuality", "event", "times", "places"}
        assert c["kind"] in ("claim", "opinion")
        assert c["event"] is None or ({"type", "trigger", "actor", "target", "negated", "modality"} <= set(c["event"])
                                      and c["event"]["type"] in PLOVER_TYPES)
        assert set(c["factuality"]) >= {"label", "value"}
        for s in c["attribution"]["chain"]:
            assert set(s) >= {"name", "mention", "start_char", "end_char", "type", "cue", "factuality"}
        if c["attribution"]["chain"]:
            assert c["attribution"]["origin"] == c["attribution"]["chain"][-1]


def test_published_schema_is_current():
    """docs/schema.json is generated from the records (`make schema`)."""
    published = json.loads((DATA.parent.parent / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert published == json_schema()


@pytest.mark.parametrize("name", ["constraints.txt", "requirements-model.txt", "pyproject.toml"])
def test_install_pins_name_registry_releases_not_local_files(name):
    """A fresh machine installs from the package registry: a pin such as ``pkg @ file:///tmp/x.whl``
    (what ``pip freeze`` writes for a package installed from a local wheel) breaks ``make demo``
    anywhere that file is missing."""
    text = (DATA.parent.parent / name).read_text(encoding="utf-8")
    assert "file:" not in text and " @ " not in text


def test_text_report_shows_the_chain():
    """Each link with its cue, as the seed article words it ("According to the New York Times,
    and first reported on Friday by a South Korean paper"): a fact-checker judges a chain by its
    cues (new-user trial: the text view left them out)."""
    res = run(SEED, "--date", "2019-05-31")
    assert res.exit_code == 0
    assert ("author ← The New York Times “According to” (media outlet, reported) ← a South Korean paper "
            "“reported” (media outlet, asserted)") in res.stdout
    assert "on Friday = 2019-05-31 (report)" in res.stdout


def test_text_report_shows_the_mention_beside_the_name_it_resolves_to(tmp_path):
    """A link whose words differ from its name shows both, "He (= Duch Piseth)", so a reader can
    audit the resolution (new-user trial, session 22); VOA 7836916, shortened."""
    doc = tmp_path / "voa.txt"
    doc.write_text("The journalist’s lawyer, Duch Piseth, told VOA that Mech Dara has been released "
                   "on bail. He added that the journalist is not allowed to leave the country.\n",
                   encoding="utf-8")
    res = run(str(doc))
    assert res.exit_code == 0
    assert "author ← He (= Duch Piseth) “added” (person, asserted)" in res.stdout
    assert "author ← Duch Piseth “told”" in res.stdout


def test_text_report_compares_mention_and_name_by_whole_words(tmp_path):
    """"he" resolved to "An American who is fighting in the ranks of the Kurds" showed only the
    name: the "he" of "the" held it (new-user trial 14, FNC-1 body 1976, shortened)."""
    doc = tmp_path / "fnc.txt"
    doc.write_text("An American who is fighting in the ranks of the Kurds told Voice of Israel that Rosenberg "
                   "was not in the Kobane region. \u201cShe was never in Kobane,\u201d he said.\n", encoding="utf-8")
    res = run(str(doc))
    assert res.exit_code == 0
    assert "author ← he (= An American who is fighting in the ranks of the Kurds) “said”" in res.stdout


def test_text_report_unresolved_time_says_why(tmp_path):
    """A relative time with no publication date is unresolved, and the report says so instead of
    printing "None"."""
    doc = tmp_path / "undated.txt"
    doc.write_text("The ministry said on Friday that the talks in Hanoi had failed.\n", encoding="utf-8")
    res = run(str(doc))
    assert res.exit_code == 0
    assert "on Friday = unresolved (no publication date; give --date)" in res.stdout
    assert "None" not in res.stdout


def test_text_report_shows_what_a_noun_phrase_report_reports(tmp_path):
    """`reported` (the object of "called for", without the report's circumstances) is in the text
    report too, not only in the JSON (new-user trial)."""
    doc = tmp_path / "call.txt"
    doc.write_text("Keron Blair, executive director of AROS, called for more school investment in a "
                   "statement on Thursday.\n", encoding="utf-8")
    res = run(str(doc))
    assert res.exit_code == 0
    assert "reports: more school investment\n" in res.stdout


def test_text_report_shows_an_opinions_label(tmp_path):
    """An opinion's factuality label is printed as in the JSON, its kind beside it (new-user
    trial: "opinion (Uu)" stood where the JSON said `reported`)."""
    doc = tmp_path / "opinion.txt"
    doc.write_text("“This is troubling,” the mayor said.\n", encoding="utf-8")
    res = run(str(doc))
    out = json.loads(run(str(doc), "--format", "json").stdout)
    (c,) = [c for c in out["claims"] if "troubling" in c["text"]]
    assert c["kind"] == "opinion" and c["factuality"]["label"] == "reported"
    assert "reported (Uu) opinion  author ← " in res.stdout


def test_jsonl_one_line_per_article(tmp_path):
    other = tmp_path / "b.txt"
    other.write_text("The ministry said on Monday that the talks had failed.\n", encoding="utf-8")
    res = run(SEED, str(other), "--format", "jsonl", "--date", "2019-05-31")
    assert res.exit_code == 0
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["claims"][0]["attribution"]["chain"][0]["name"] == "The ministry"


def test_stdin_and_options():
    text = (DATA / "seed_article.txt").read_text(encoding="utf-8")
    res = run("-", "--date", "2019-05-31", "--outlet", "Blog", "--title", "T", "--format", "json", stdin=text)
    assert res.exit_code == 0
    art = json.loads(res.stdout)["article"]
    assert (art["outlet"], art["title"], art["text"]) == ("Blog", "T", text)


@pytest.mark.parametrize("name, phrase", [
    ("missing.txt", "no such file"),
    ("empty.txt", "file is empty"),
    ("binary.png", "binary file"),
    ("latin1.txt", "not UTF-8"),
    ("nav_only.html", "no article body"),
    ("german.txt", "not English"),
])
def test_bad_input_one_line_exit_2(name, phrase):
    res = run(str(BAD / name))
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and phrase in lines[0], res.stderr
    assert res.stdout == ""


def test_the_current_folder_is_no_article_one_line_exit_2(tmp_path, monkeypatch):
    """`newstrace read .` (new-user trial: a traceback from the sidecar lookup) says the path is a
    folder, as for any other folder."""
    monkeypatch.chdir(tmp_path)
    res = run(".")
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert lines == ["newstrace: .: is a directory, not a file"], res.stderr


def test_a_text_longer_than_one_article_one_line_exit_2(tmp_path):
    """A text over spaCy's 1,000,000-character limit is refused by name before parsing (new-user
    trial: spaCy's multi-line E088 error came out as an 'internal error' without the file)."""
    big = tmp_path / "big.txt"
    big.write_text("The minister said the talks had failed. " * 25_000 + "\n", encoding="utf-8")
    res = run(str(big))
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(big) in lines[0] and "1,000,000-character limit" in lines[0], res.stderr
    assert res.stdout == ""


def test_bad_date_exit_2():
    res = run(SEED, "--date", "31/05/2019")
    assert res.exit_code == 2 and "31/05/2019" in res.stderr and "YYYY-MM-DD" in res.stderr
    assert res.stdout == ""


def test_good_inputs_still_come_out_exit_1():
    res = run(SEED, str(BAD / "empty.txt"), "--format", "jsonl", "--date", "2019-05-31")
    assert res.exit_code == 1
    assert "empty.txt" in res.stderr and len(res.stdout.strip().splitlines()) == 1
    assert json.loads(res.stdout)["article"]["title"] == "This Seems Bad"


def test_sidecar_metadata(tmp_path):
    art = tmp_path / "story.txt"
    art.write_text("Officials said on Friday that the bridge had reopened.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({"published": "2019-05-31", "outlet": "Courier"}))
    out = json.loads(run(str(art), "--format", "json").stdout)
    assert out["article"]["published"] == "2019-05-31" and out["article"]["outlet"] == "Courier"
    assert out["times"][0]["value"] == "2019-05-31"


def test_the_readmes_example_sidecar():
    """README's example sidecar, examples/voa-8009976.meta.json, describes its article as VOA
    published it (voanews.com, 2025-03-13)."""
    example = DATA.parent.parent / "examples" / "voa-8009976.txt"
    out = json.loads(run(str(example), "--format", "json").stdout)
    art = out["article"]
    assert (art["title"], art["published"], art["outlet"]) == (
        "Afghanistan denies link to train attack in Pakistan", "2025-03-13", "Voice of America")
    assert art["url"].endswith("/8009976.html")


def test_a_folders_meta_json_describes_its_only_article(tmp_path):
    # shared/seed/ holds article.txt, meta.json and gold.json: `read article.txt` must date the
    # article (2019-05-31) as the sidecar says, or "on Friday" resolves to no date
    (tmp_path / "article.txt").write_text("Officials said on Friday that the bridge had reopened.\n", encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"published": "2019-05-31", "title": "Bridge"}))
    (tmp_path / "gold.json").write_text("{}")
    out = json.loads(run(str(tmp_path / "article.txt"), "--format", "json").stdout)
    assert out["article"]["published"] == "2019-05-31" and out["times"][0]["value"] == "2019-05-31"
    (tmp_path / "other.txt").write_text("Another story.\n", encoding="utf-8")  # two articles: whose?
    out = json.loads(run(str(tmp_path / "article.txt"), "--format", "json").stdout)
    assert out["article"]["published"] is None


def test_a_sidecar_is_refused_and_points_to_its_article(tmp_path):
    # trial 9: `read X.meta.json` called the one-object sidecar "a JSON Lines file of many articles"
    path = tmp_path / "voa-1.meta.json"
    path.write_text('{"title": "T", "published": "2025-03-13"}\n', encoding="utf-8")
    res = run(str(path))
    assert res.exit_code == 2 and res.stdout == "" and len(res.stderr.strip().splitlines()) == 1
    assert "sidecar" in res.stderr and "newstrace read" in res.stderr and "voa-1.txt" in res.stderr
    assert "many articles" not in res.stderr


@pytest.mark.parametrize("name, body, says", [
    ("feed.jsonl", '{"text": "A story.", "title": "T"}\n{"text": "Another."}\n', "JSON Lines"),
    ("feed.txt", '{"text": "A story.", "title": "T"}\n{"text": "Another."}\n', "JSON Lines"),
    ("feed.csv", "text,title\nA story.,T\n", "CSV"),
    ("doc.json", '[{"text": "A story."}]', "JSON document"),
])
def test_a_feed_is_refused_and_points_to_ingest(tmp_path, name, body, says):
    # a new user ran `read` on the VOA JSON Lines file: 9 minutes and 4,127 claims of JSON keys
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    res = run(str(path))
    assert res.exit_code == 2 and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1
    assert name in res.stderr and says in res.stderr and "ingest" in res.stderr


def test_readme_quick_start_holds(tmp_path):
    """README's quick start writes a two-line story and its sidecar with printf; read as an editor:
    the resignation is the city officials' report, and Friday before Thursday 2025-03-13 is
    2025-03-07."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("Quick start", 1)[1].split("```", 2)[1]
    for args, name in re.findall(r"printf '%s\\n' (.+?) > (\S+)", block):
        lines = re.findall(r"'([^']*)'", args)
        (tmp_path / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    out = json.loads(run(str(tmp_path / "story.txt"), "--format", "json").stdout)
    assert out["article"]["outlet"] == "Voice of America"
    claim = next(c for c in out["claims"] if c["text"] == "The mayor resigned on Friday")
    assert [(link["name"], link["cue"]["text"]) for link in claim["attribution"]["chain"]] == [("city officials", "said")]
    assert claim["factuality"]["label"] == "reported"
    assert [t["value"] for t in out["times"]] == ["2025-03-07"]


def test_text_report_shows_the_event_modality(tmp_path):
    # VOA 2025-03-13 (Pakistan train attack), new-user trial nine: the markers of a negated
    # threat were taken for colour markup and dropped, leaving a trailing space after the target
    art = tmp_path / "warning.txt"
    art.write_text('"This incident of Jaffar Express changes the rules of the game," Chaudhry said, '
                   'warning that terrorists will not be spared.\n', encoding="utf-8")
    res = run(str(art), "--date", "2025-03-13", "--format", "text")
    (line,) = [ln for ln in res.stdout.splitlines() if "event:" in ln]
    assert line.endswith("terrorists [negated] [threatened]")


def test_every_command_help_is_whole_paragraphs():
    """typer's rich help keeps a docstring's line breaks, so a paragraph broken over source lines
    showed in `newstrace --help` and `stories --help` with breaks in mid-sentence (new-user trial
    10). Every command's help must be paragraphs with no break inside."""
    import typer.main

    group = typer.main.get_command(app)
    assert set(group.commands) >= {"read", "ingest", "stories", "story", "sources"}
    for name, command in group.commands.items():
        for paragraph in (command.help or "").strip().split("\n\n"):
            assert "\n" not in paragraph.strip(), (name, paragraph)
