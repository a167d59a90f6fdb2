#!/bin/sh
# Writes the SPA's /config.json from the environment when the container starts
# (run by the nginx image's entrypoint from /docker-entrypoint.d/).
set -eu
cat > /usr/share/nginx/html/config.json <<JSON
{
  "apiBaseUrl": "${API_BASE_URL:-}",
  "oidcAuthority": "${OIDC_AUTHORITY}",
  "oidcClientId": "${OIDC_CLIENT_ID}"
}
JSON
echo "40-runtime-config.sh: config.json written for ${OIDC_AUTHORITY} (${OIDC_CLIENT_ID})"
