# The production image: one Node 24 process serving the API and the Next.js static export (docs/adr/0001).
# There is no Next.js standalone server: the "standalone output plus our server" of the design is "the static
# export (out/) plus our server (src/, run by Node's type stripping)". See docs/deploy.md.
#
#   docker build --build-arg APP_VERSION="$(git rev-parse HEAD)" -t IMAGE:"$(git rev-parse HEAD)" .
#   podman build --format docker --build-arg BASE_IMAGE=localhost/tac-base:bookworm-node24 ...   (tests here)
#
# No secret is passed to the build: every secret reaches the running container from Secret Manager
# (ops/cloudrun/service.yaml). The only build arguments are the base image and the version string. A machine
# whose registry traffic passes a TLS-inspecting proxy may lend npm that proxy's CA bundle as the build secret
# `build_ca` (`--secret id=build_ca,src=FILE`): a secret mount, so it is in no layer.

# The official image in production (Node 20, the design's choice, is past end of life). CI on machines without a
# registry passes a locally made Debian + Node 24 base (ops/base-image/build-base.sh).
ARG BASE_IMAGE=docker.io/library/node:24-bookworm-slim

FROM ${BASE_IMAGE} AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

# Production dependencies only, and their SBOM (CycloneDX, from npm's own `npm sbom`: exactly the packages the image
# ships, at /app/sbom.cdx.json, read from the pruned lock: the development packages are absent; CI attaches it to
# the build). Install scripts stay off: no runtime dependency needs one, and none may run
# code at build time. Then drop the packages only the web build uses (the page is a static export, so next,
# react and react-dom never run on the server) and let npm prune what only they needed. Type declarations,
# TypeScript sources (Node does not strip types under node_modules), source maps and Markdown are never loaded.
FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=build_ca,required=false \
    if [ -s /run/secrets/build_ca ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/build_ca; fi \
 && npm ci --omit=dev --ignore-scripts \
 && npm pkg delete dependencies.next dependencies.react dependencies.react-dom \
 && npm prune --omit=dev --ignore-scripts \
 && find node_modules -type f \( -name '*.map' -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' -o -iname '*.md' \) -delete \
 && npm sbom --sbom-format cyclonedx --omit dev --package-lock-only >/app/sbom.cdx.json \
 && npm cache clean --force

# The open-data snapshot and the web client (npm run build). Install scripts stay off here too: the only one in
# the tree fetches a Node binary for the `node` devDependency, which the base image already is.
FROM base AS builder
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=build_ca,required=false \
    if [ -s /run/secrets/build_ca ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/build_ca; fi \
 && npm ci --ignore-scripts
COPY . .
RUN npm run build

# The runtime file system: the base plus espeak-ng, without npm, yarn, corepack, C headers and the package
# managers (apt, dpkg and the perl they need), which the server never runs (they are most of what image scanners
# flag), plus the unprivileged user. It is copied whole into an empty image below, so the removed files take no
# space in a lower layer.
# espeak-ng is the offline voice behind Google Text-to-Speech for English, Chinese and Korean; only the
# dictionaries of the voices the service uses are kept. Open JTalk's dictionary (105 MB) does not fit the image's
# size budget: Japanese speech comes from Google only here, and answers in text when it is down (docs/voice.md).
FROM base AS runtime-fs
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends espeak-ng \
 && find /usr/lib/*/espeak-ng-data -maxdepth 1 -name '*_dict' ! -name en_dict ! -name cmn_dict ! -name ko_dict -delete \
 && apt-get clean \
 && rm -rf /var/lib/apt /var/cache/apt /var/cache/debconf /var/log/* \
           /usr/bin/apt* /usr/lib/apt /usr/lib/*/libapt-* /etc/apt \
           /usr/bin/dpkg* /usr/lib/dpkg /var/lib/dpkg /etc/dpkg \
           /usr/bin/perl* /usr/lib/*/perl-base /usr/share/perl* \
           /usr/share/doc /usr/share/man /usr/share/info /usr/share/locale \
           /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
           /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-* /usr/local/include /usr/local/share/doc \
           /usr/local/share/man /root/.npm /tmp/* \
 && groupadd --system --gid 1001 app \
 && useradd --system --uid 1001 --gid 1001 --home-dir /app --no-create-home --shell /usr/sbin/nologin app

FROM scratch AS runner
COPY --from=runtime-fs / /
ARG APP_VERSION=dev
LABEL org.opencontainers.image.title="tokyo-ai-chat" \
      org.opencontainers.image.revision="${APP_VERSION}" \
      org.opencontainers.image.licenses="UNLICENSED"
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 \
    NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    APP_VERSION=${APP_VERSION}
WORKDIR /app
# Owned by root and not writable by the app user: the running service cannot change its own code or data.
COPY package.json healthcheck.js ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/sbom.cdx.json ./sbom.cdx.json
COPY --from=builder /app/src ./src
COPY --from=builder /app/data/snapshot ./data/snapshot
COPY --from=builder /app/out ./out
# V8's compile cache of every module the server loads, made once here: each start then skips most of the parsing
# and compiling of its ~1,000 modules (about a third of the time to import them). Read-only at run time.
ENV NODE_COMPILE_CACHE=/app/.node-compile-cache
RUN node --input-type=module -e "await import('/app/src/server/start-server.ts')" \
 && chmod -R a+rX,go-w /app/.node-compile-cache
USER 1001:1001
EXPOSE 3000
# Liveness for docker/podman (Cloud Run ignores HEALTHCHECK and uses the probes in ops/cloudrun/service.yaml).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["node", "healthcheck.js"]
CMD ["node", "src/server/main.ts"]
