# syntax=docker/dockerfile:1
# Build stage: compile TypeScript with the dev dependencies.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY bench ./bench
RUN npm run build

# Runtime stage: production dependencies and compiled JS only, as a non-root user.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The persisted-operations manifest (PERSISTED_OPERATIONS_MANIFEST's default path).
COPY schema ./schema
USER node
EXPOSE 4000
# "healthy" means able to serve (GET /ready: booted, not draining, Redis reachable when configured),
# which is what compose's service_healthy and Docker-aware proxies route by. Orchestrators with
# separate probes use /health for liveness and /ready for readiness (README, "Operating Ponte").
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
