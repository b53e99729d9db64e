#!/bin/sh
# Requests per second of the portfolio page on loopback, against nginx serving the
# same bytes as a static file. Needs wrk and nginx (apt-get install wrk nginx-light).
# Usage: benches/server-throughput.sh [seconds]   (from the repository's top level)
set -eu
secs=${1:-10}
dir=$(mktemp -d)
trap 'touch "$dir/stop"; [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null; true' EXIT
cargo bench --bench portfolio_server -- "$dir" &
while [ ! -f "$dir/url.txt" ]; do sleep 0.5; done
url=$(cat "$dir/url.txt")
echo "== kiosk serve (axum, 2 worker threads): $url"
wrk -t2 -c32 -d"${secs}s" "$url"
cat > "$dir/nginx.conf" <<CONF
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:8791;
    root $dir;
    location / { default_type text/html; }
  }
}
CONF
# nginx's workers run as another user: let them read the page (and only that).
chmod 755 "$dir"
chmod 644 "$dir/page.html"
nginx -c "$dir/nginx.conf"
sleep 0.5
echo "== nginx static file, same bytes: http://127.0.0.1:8791/page.html"
wrk -t2 -c32 -d"${secs}s" http://127.0.0.1:8791/page.html
curl -s -o /dev/null -w "nginx status check: %{http_code}\n" http://127.0.0.1:8791/page.html
