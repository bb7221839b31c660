"""Users for bench/load.sh: premium dev tokens (HS256, signed with the data directory's dev secret, as
`./aura360 token` does) for many users, and a filled-in profile for some of them, sent through the public API.

Usage: prepare.py URL SECRET_FILE USERS PROFILE_SHARE OUT_FILE
Writes OUT_FILE with one `user_id token locale` line per user.
"""
import base64
import hashlib
import hmac
import json
import random
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(secret: bytes, user: str) -> str:
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {"iss": "aura360-dev", "sub": user, "aud": "authenticated", "role": "authenticated",
              "iat": now, "exp": now + 4 * 3600,
              "app_metadata": {"tier": "premium", "provider": "aura360-dev"}}
    signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64(signature)


GOALS = {"en": ["sleep better", "less stress", "walk every day", "eat more vegetables", "feel calmer"],
         "es": ["dormir mejor", "menos estrés", "caminar cada día", "comer más verduras", "sentirme en calma"]}


def profile(rng: random.Random, locale: str) -> dict:
    return {"display_name": rng.choice(["Ana", "Bea", "Carlos", "Dana", "Eli", "Fer"]),
            "locale": locale,
            "sex": rng.choice(["female", "male", "other", "undisclosed"]),
            "birth_date": f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "height_cm": rng.randint(150, 195),
            "activity_level": rng.choice(["sedentary", "light", "moderate", "active", "very_active"]),
            "goals": rng.sample(GOALS[locale], 2),
            "timezone": rng.choice(["Europe/Madrid", "America/Mexico_City", "UTC"])}


def main() -> None:
    url, secret_file, users, share, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
    secret = open(secret_file, encoding="utf-8").read().strip().encode()
    rng = random.Random(360)
    rows = []
    for i in range(users):
        user = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        rows.append((user, token(secret, user), "es" if i % 2 else "en"))

    def put_profile(row):
        user, tok, locale = row
        body = json.dumps(profile(random.Random(user), locale)).encode()
        request = urllib.request.Request(url + "/api/v1/me/profile", data=body, method="PUT", headers={
            "Authorization": "Bearer " + tok, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status

    filled = rows[: int(users * share)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(put_profile, filled))
    failed = [s for s in statuses if s != 200]
    if failed:
        sys.exit(f"{len(failed)} profile updates failed")
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(" ".join(row) + "\n")
    print(f"profiles_filled={len(filled)}")


if __name__ == "__main__":
    main()
