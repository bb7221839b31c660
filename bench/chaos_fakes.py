#!/usr/bin/env python3
"""Loopback helpers of the chaos run (bench/chaos.sh).

  chaos_fakes.py model PORT MODE_FILE  an OpenAI-compatible model endpoint (POST /v1/chat/completions): while
                                       MODE_FILE holds "hang" it reads the request and never answers (each
                                       connection held at most 300 s); otherwise it answers at once with the
                                       safety classifier's "no risk" (outside the fault the advice steps use the
                                       offline composer, so the classifier is its only caller)
  chaos_fakes.py proxy PORT UPSTREAM MODE_FILE
                                       an HTTP proxy in front of a service on 127.0.0.1:UPSTREAM; while MODE_FILE
                                       holds "5xx" it answers every call 503 itself, otherwise it forwards

Both bind 127.0.0.1 only and run until killed.
"""
import http.client
import json
import http.server
import sys
import time

# hop-by-hop headers: never forwarded (the JDK client's h2c upgrade offer included)
HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "http2-settings", "te", "trailer",
       "proxy-connection", "host", "content-length"}


# What the safety classifier asks for: {"risk", "category"} as the message content (OpenAI's wire format).
NO_RISK = json.dumps({
    "id": "chatcmpl-chaos", "object": "chat.completion", "created": 1764086400, "model": "chaos-model",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": '{"risk": "none", "category": "none"}'},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}).encode()


def model(mode_file):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if read_mode(mode_file) == "hang":
                time.sleep(300)
                self.close_connection = True
                return
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(NO_RISK)))
                self.end_headers()
                self.wfile.write(NO_RISK)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

    return Handler


def read_mode(mode_file):
    try:
        with open(mode_file) as f:
            return f.read().strip()
    except OSError:
        return ""


def proxy(upstream, mode_file):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def relay(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if read_mode(mode_file) == "5xx":
                return self.answer(503, {"Content-Type": "application/problem+json"},
                                   b'{"title":"chaos: agents answering 503","status":503}')
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
            connection = http.client.HTTPConnection("127.0.0.1", upstream, timeout=120)
            try:
                connection.request(self.command, self.path, body=body or None, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                self.answer(response.status,
                            {k: v for k, v in response.getheaders() if k.lower() not in HOP}, payload)
            except (OSError, http.client.HTTPException):
                self.answer(502, {"Content-Type": "text/plain"}, b"chaos proxy: upstream unreachable")
            finally:
                connection.close()

        def answer(self, status, headers, payload):
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the caller gave up (its own timeout): nothing to tell it

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = relay

    return Handler


def main():
    kind, port = sys.argv[1], int(sys.argv[2])
    if kind == "model":
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), model(sys.argv[3]))
    else:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), proxy(int(sys.argv[3]), sys.argv[4]))
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
