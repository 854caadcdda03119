from pathlib import Path

exec((Path(__file__).parents[1] / "base_conf.py").read_text(encoding="utf-8"))
