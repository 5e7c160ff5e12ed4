"""What `up`, `down` and `status` report for each component."""

from __future__ import annotations

from dataclasses import dataclass

from services.devstack.process import port_answers


@dataclass(frozen=True)
class ComponentStatus:
    name: str
    running: bool
    address: str
    pid: int | None = None
    detail: str = ""

    def line(self) -> str:
        state = "running" if self.running else "stopped"
        pid = f" pid={self.pid}" if self.pid is not None else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.name}: {state} {self.address}{pid}{detail}"


def probe_component(name: str, *, host: str, port: int, pid: int | None, detail: str) -> ComponentStatus:
    """Running means: our process is alive and its port answers."""
    address = f"{host}:{port}"
    if pid is None:
        return ComponentStatus(name, running=False, address=address)
    if not port_answers(host, port):
        return ComponentStatus(name, False, address, pid, "process up, port not answering")
    return ComponentStatus(name, True, address, pid, detail)


@dataclass(frozen=True)
class StackStatus:
    kafka: ComponentStatus
    postgres: ComponentStatus

    @property
    def components(self) -> tuple[ComponentStatus, ...]:
        return (self.kafka, self.postgres)

    @property
    def all_running(self) -> bool:
        return all(component.running for component in self.components)

    @property
    def all_stopped(self) -> bool:
        return not any(component.running for component in self.components)

    def lines(self) -> list[str]:
        return [component.line() for component in self.components]
