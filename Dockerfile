# One image for every policy-events service; the compose file picks the subcommand.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, from pyproject.toml alone, so code edits do not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir services && touch services/__init__.py \
    && pip install . \
    && pip uninstall -y policy-events \
    && rm -rf services build ./*.egg-info

# Editable on purpose: the code, migrations/ and devset/ stay together under /app,
# where alembic finds migrations/ relative to the package.
COPY . .
RUN pip install --no-deps -e . \
    && useradd --system --uid 10001 --create-home --home-dir /home/app --shell /usr/sbin/nologin app

USER app
EXPOSE 8000
ENTRYPOINT ["policy-events"]
CMD ["--help"]
