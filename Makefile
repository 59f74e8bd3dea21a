# Identity Connect — every target does its own set-up on a fresh Debian 12 machine (run as root).
#   make run      start the local sandbox tenant + demo directory and open the setup wizard
#   make test     install what is needed and run the whole suite (lint, types, tests)
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV   := .venv
PY     := $(VENV)/bin/python
STAMPS := .stamps
PY_DIRS := $(wildcard app ui sandbox tests bench packaging/launchers packaging/windows docs/screenshots)

DEB_PACKAGES := samba samba-ad-dc samba-ad-provision samba-dsdb-modules samba-vfs-modules winbind python3-gpg gnupg openssh-server \
	krb5-user ldb-tools ldap-utils openssl slapd gnome-keyring dbus dbus-x11 libsecret-1-0 \
	xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-noto-cjk desktop-file-utils nodejs npm \
	wine64 gcc-mingw-w64-x86-64 wixl msitools

.PHONY: help run test lint typecheck pytest deps translations bench package package-tarball package-windows \
	package-msi screenshots clean

help:
	@echo "make run     start the sandbox tenant and demo directory, then the setup wizard"
	@echo "make test    install everything needed and run the whole suite"
	@echo "make bench   run the benchmarks (prints figures)"
	@echo "make package build the one-folder bundle with PyInstaller"
	@echo "make package-msi  build the Windows bundle (under Wine) and its MSI installer into dist/"

# Debian packages for the test servers (Samba AD DC, slapd), the Secret Service and Qt's xcb platform, and for
# the Windows leg (Wine, mingw for its test shims, wixl/msitools for the MSI).
# policy-rc.d keeps package scripts from starting daemons: the tests start their own, privately.
# dpkg's lock may be held by an unattended upgrade or another install: wait for it rather than fail.
$(STAMPS)/deb: Makefile
	@mkdir -p $(STAMPS)
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || missing="$$missing $$p"; done; \
	if command -v npm >/dev/null; then missing=$$(echo $$missing | tr ' ' '\n' | grep -vxE 'nodejs|npm' | tr '\n' ' '); fi; \
	if [ -n "$${missing// /}" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; }; \
	  echo "slapd slapd/no_configuration boolean true" | debconf-set-selections; \
	  apt-get -o DPkg::Lock::Timeout=900 update -q >/dev/null && \
	  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends \
	    $$missing >/dev/null; \
	fi
	@touch $@

$(VENV)/bin/python:
	python3 -m venv $(VENV)

$(STAMPS)/venv: pyproject.toml | $(VENV)/bin/python
	@mkdir -p $(STAMPS)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[sandbox,test,build]'
	@touch $@

# The independent OAuth peer (panva oidc-provider) used by the device-flow tests.
$(STAMPS)/node: tests/peers/package.json $(STAMPS)/deb
	@mkdir -p $(STAMPS)
	cd tests/peers && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

translations: $(STAMPS)/venv
	@for ts in translations/*.ts; do [ -e "$$ts" ] || continue; \
	  $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

deps: $(STAMPS)/deb $(STAMPS)/venv $(if $(wildcard tests/peers/package.json),$(STAMPS)/node) translations

lint: $(STAMPS)/venv
	$(VENV)/bin/ruff check $(PY_DIRS)
	$(VENV)/bin/ruff format --check $(PY_DIRS)

# The core is also checked as Windows sees it, so a POSIX-only call (fcntl, os.fchmod, add_signal_handler)
# cannot come back unnoticed.
typecheck: $(STAMPS)/venv
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --platform win32 app

pytest: deps
	QT_QPA_PLATFORM=offscreen tests/with-keyring $(VENV)/bin/pytest -q --durations=25 $(PYTEST_ARGS)

test: deps lint typecheck pytest

run: deps
	$(PY) -m sandbox.demo

bench: deps
	@for b in bench/bench_*.py; do echo "== $$b"; tests/with-keyring $(PY) $$b || exit 1; done

package: deps
	$(VENV)/bin/pyinstaller --noconfirm --clean packaging/identity-connect.spec

package-tarball: package
	tar -C dist -czf dist/identity-connect-$$($(PY) -c 'import app; print(app.__version__)')-linux-x86_64.tar.gz identity-connect

# The Windows bundle, built by the Windows Python under Wine (the environment the tests use, cached outside the
# checkout), and the MSI made from it with wixl: dist/windows/identity-connect/, dist/identity-connect-*-x64.msi.
package-windows: deps
	$(PY) -m tests.windows.winbuild --dist dist

package-msi: deps
	$(PY) -m tests.windows.winbuild --dist dist --msi

clean:
	rm -rf $(STAMPS) build dist .pytest_cache .mypy_cache .ruff_cache translations/*.qm

# Screenshots of real windows under Xvfb (docs/screenshots/, linked from the README and the admin guide).
screenshots: deps
	@for s in docs/screenshots/take_*_screenshots.py; do echo "== $$s"; \
	  xvfb-run -a -s "-screen 0 1280x900x24" tests/with-keyring $(PY) $$s || exit 1; done
