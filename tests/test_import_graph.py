"""The app's modules import one another one way only: no cycle, counting imports inside functions too.

Every module of ``wagtail_ita`` (migrations aside) is read with ``ast``; an ``import`` anywhere in it,
module level or inside a function, relative or absolute, is an edge to the app module it names (a
package's ``__init__`` is a module: importing a name from a package imports its ``__init__``). A
strongly connected component of more than one module is a cycle.
"""

import ast
from pathlib import Path

import wagtail_ita

PACKAGE_DIR = Path(wagtail_ita.__file__).resolve().parent
ROOT = PACKAGE_DIR.parent


def app_modules():
    """``{dotted name: path}`` of every module of the app except migrations."""
    modules = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        if "migrations" in path.relative_to(PACKAGE_DIR).parts:
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    return modules


def _absolute(module, current, level, is_package):
    """The absolute name of ``from <level dots><module> import …`` written in ``current``."""
    if not level:
        return module
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _known(name, modules):
    """The longest prefix of ``name`` that is a module of the app (``a.b.func`` → ``a.b``), or ``None``."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph():
    """``{module: {modules it imports}}`` over the app's modules."""
    modules = app_modules()
    graph = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(node.module, name, node.level, is_package)
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            for target in targets:
                found = _known(target, modules)
                if found and found != name:
                    graph[name].add(found)
    return graph


def cycles(graph):
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def describe(component, graph):
    members = set(component)
    return "\n".join(f"  {name} -> {', '.join(sorted(graph[name] & members))}" for name in component)


def test_the_graph_sees_function_level_and_relative_imports():
    graph = import_graph()
    # Relative, at module level: the package re-exports its loader.
    assert "wagtail_ita.frameworks.loader" in graph["wagtail_ita.frameworks"]
    # Absolute, at module level, through the models package.
    assert "wagtail_ita.models" in graph["wagtail_ita.status"]
    # Inside a function (the signal receivers import the models when they run).
    assert "wagtail_ita.models" in graph["wagtail_ita.signals"]


def test_cycles_are_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_import_cycle():
    graph = import_graph()
    found = cycles(graph)
    message = "\n\n".join(f"import cycle of {len(c)} modules:\n{describe(c, graph)}" for c in found)
    assert not found, message
