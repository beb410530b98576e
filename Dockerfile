# syntax=docker/dockerfile:1
# CRMPro in a container: the bot server (default) or a job worker (`node dist/src/worker.js`).
# Multi-stage: TypeScript is compiled with the dev dependencies, and the final image holds only the
# production dependencies, the compiled code and the data the bot reads (models, knowledge, pages).

# 1. Compile TypeScript (dev dependencies, native add-ons built with the toolchain).
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
RUN npx tsc -p tsconfig.build.json

# 2. Production dependencies only (hnswlib-node is compiled here, with the same toolchain).
FROM node:24-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. The runtime image: no compiler, no dev dependencies, not root.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY models ./models
COPY knowledge ./knowledge
# The user docs pages signed-in staff are answered from (src/skills/shared/knowledge/staff-docs.ts).
COPY README.md ./
COPY docs ./docs
COPY public ./public
# The embedded store (when MONGODB_URI is unset) and the widget's session secret live in /data.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1's only child when run with an init (compose: `init: true`): SIGTERM reaches the
# server, which stops taking messages, finishes the turns in flight and exits.
CMD ["node", "dist/src/main.js"]
