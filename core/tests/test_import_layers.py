"""The project's modules import one another in layers: no circle, and the procedures'
models load without the spreadsheets, the listing, the charts or the search app above
them. Read from the source (every import statement, inside functions too), so a
circle is refused before it can break a start-up that happens to import in another order."""

import ast
import graphlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEFT_OUT = {".venv", "node_modules", "bench", "scripts", "staticfiles", "tests", "migrations", ".git"}


def project_modules():
    modules = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if LEFT_OUT.isdisjoint(relative.parts):
            modules[".".join(relative.with_suffix("").parts).removesuffix(".__init__")] = path
    return modules


def imports(modules, name, path, top_level_only=False):
    """The project modules that `name` imports."""
    tree = ast.parse(path.read_text())
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    nodes = tree.body if top_level_only else ast.walk(tree)
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def test_no_module_imports_itself_through_others():
    modules = project_modules()
    graph = {name: imports(modules, name, path) for name, path in modules.items()}

    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError, naming the circle


def test_the_procedure_models_load_without_the_layers_above_them():
    modules = project_modules()
    loaded, waiting = set(), ["procedures.models"]
    while waiting:
        name = waiting.pop()
        if name not in loaded:
            loaded.add(name)
            waiting.extend(imports(modules, name, modules[name], top_level_only=True))

    above = (
        "procedures.spreadsheets",
        "procedures.listing",
        "procedures.charts",
        "procedures.views",
        "search",
    )
    assert [name for name in sorted(loaded) if name.startswith(above)] == []
