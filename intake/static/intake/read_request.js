// Opens one sealed legal-help request in this tab with the lawyer's private key, using the browser's WebCrypto only
// (no library): RFC 9180 HPKE, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, single-shot
// (sequence number 0), as intake/sealing.py seals it with pyca/cryptography.
//
// The key is read from a file or pasted text, imported as a non-extractable CryptoKey, and the text is cleared at
// once. Nothing here sends anything anywhere: no fetch, no form, and the inputs have no name.
(() => {
  "use strict";

  const root = document.querySelector("[data-intake-reader]");
  if (!root) return;

  const KEM_ID = 0x0020; // DHKEM(X25519, HKDF-SHA256)
  const KDF_ID = 0x0001; // HKDF-SHA256
  const AEAD_ID = 0x0002; // AES-256-GCM
  const N_ENC = 32;
  const N_SECRET = 32;
  const N_KEY = 32;
  const N_NONCE = 12;
  const HASH_LENGTH = 32;

  const subtle = window.crypto && window.crypto.subtle;
  const encoder = new TextEncoder();
  const concat = (...parts) => {
    const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  };
  const i2osp = (value, length) => {
    const out = new Uint8Array(length);
    for (let i = length - 1; i >= 0; i -= 1) {
      out[i] = value & 0xff;
      value >>= 8;
    }
    return out;
  };
  const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const fromBase64Url = (text) =>
    fromBase64(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
  const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

  const VERSION = encoder.encode("HPKE-v1");
  const KEM_SUITE = concat(encoder.encode("KEM"), i2osp(KEM_ID, 2));
  const HPKE_SUITE = concat(encoder.encode("HPKE"), i2osp(KEM_ID, 2), i2osp(KDF_ID, 2), i2osp(AEAD_ID, 2));
  const EMPTY = new Uint8Array(0);

  class ReaderError extends Error {}

  // HMAC-SHA256; an empty key is HashLen zero bytes (RFC 5869), which WebCrypto needs spelled out.
  async function hmac(key, data) {
    const hmacKey = await subtle.importKey(
      "raw",
      key.length ? key : new Uint8Array(HASH_LENGTH),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    return new Uint8Array(await subtle.sign("HMAC", hmacKey, data));
  }

  function labeledExtract(suite, salt, label, ikm) {
    return hmac(salt, concat(VERSION, suite, encoder.encode(label), ikm));
  }

  // Every length HPKE asks for here is at most one SHA-256 block: HKDF-Expand's T(1) is enough.
  async function labeledExpand(suite, prk, label, info, length) {
    const labeledInfo = concat(i2osp(length, 2), VERSION, suite, encoder.encode(label), info);
    return (await hmac(prk, concat(labeledInfo, Uint8Array.of(1)))).slice(0, length);
  }

  async function openSealed(recipient, sealed, info) {
    const enc = sealed.slice(0, N_ENC);
    const ciphertext = sealed.slice(N_ENC);
    const ephemeral = await subtle.importKey("raw", enc, { name: "X25519" }, false, []);
    const dh = new Uint8Array(
      await subtle.deriveBits({ name: "X25519", public: ephemeral }, recipient.privateKey, 8 * N_SECRET),
    );
    const eaePrk = await labeledExtract(KEM_SUITE, EMPTY, "eae_prk", dh);
    const shared = await labeledExpand(KEM_SUITE, eaePrk, "shared_secret", concat(enc, recipient.publicKey), N_SECRET);
    const pskIdHash = await labeledExtract(HPKE_SUITE, EMPTY, "psk_id_hash", EMPTY);
    const infoHash = await labeledExtract(HPKE_SUITE, EMPTY, "info_hash", info);
    const context = concat(Uint8Array.of(0), pskIdHash, infoHash); // mode_base
    const secret = await labeledExtract(HPKE_SUITE, shared, "secret", EMPTY);
    const key = await labeledExpand(HPKE_SUITE, secret, "key", context, N_KEY);
    const nonce = await labeledExpand(HPKE_SUITE, secret, "base_nonce", context, N_NONCE);
    const aesKey = await subtle.importKey("raw", key, { name: "AES-GCM" }, false, ["decrypt"]);
    [dh, eaePrk, shared, secret, key].forEach((bytes) => bytes.fill(0));
    return new Uint8Array(await subtle.decrypt({ name: "AES-GCM", iv: nonce }, aesKey, ciphertext));
  }

  // The key id is the first 16 hex digits of SHA-256 over the raw public key, as intake/sealing.py names it.
  async function importPrivateKey(pem) {
    const match = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/.exec(pem);
    if (!match) throw new ReaderError("bad-key");
    let der;
    try {
      der = fromBase64(match[1].replace(/\s+/g, ""));
    } catch (error) {
      throw new ReaderError("bad-key");
    }
    const algorithm = { name: "X25519" };
    try {
      // Once extractable, only to learn the public half (the JWK's x); then again, sealed inside the browser.
      const jwk = await subtle.exportKey("jwk", await subtle.importKey("pkcs8", der, algorithm, true, ["deriveBits"]));
      jwk.d = "";
      const publicKey = fromBase64Url(jwk.x);
      const id = toHex(new Uint8Array(await subtle.digest("SHA-256", publicKey))).slice(0, 16);
      const privateKey = await subtle.importKey("pkcs8", der, algorithm, false, ["deriveBits"]);
      return { privateKey, publicKey, id };
    } catch (error) {
      if (error instanceof DOMException && error.name === "NotSupportedError") throw new ReaderError("unsupported");
      throw new ReaderError("bad-key");
    } finally {
      der.fill(0);
    }
  }

  const sealedRequest = JSON.parse(document.getElementById("intake-sealed").textContent);
  const labels = JSON.parse(document.getElementById("intake-labels").textContent);
  const controls = root.querySelector("[data-reader-controls]");
  const fileInput = root.querySelector("[data-reader-file]");
  const textInput = root.querySelector("[data-reader-text]");
  const status = root.querySelector("[data-reader-status]");
  const output = root.querySelector("[data-reader-output]");
  let recipient = null;

  const say = (name, values = {}) => {
    const template = root.dataset[`message${name.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase())}`] || name;
    status.textContent = template.replace(/\{(\w+)\}/g, (_m, key) => values[key] || "");
  };

  function show(fields) {
    for (const cell of output.querySelectorAll("[data-field]")) {
      const name = cell.dataset.field;
      const value = fields[name];
      const named = labels[name] && labels[name][value];
      if (typeof value === "boolean") cell.textContent = value ? root.dataset.yes : root.dataset.no;
      else cell.textContent = named || (value == null ? "" : String(value));
    }
    output.hidden = false;
  }

  function forget() {
    recipient = null;
    textInput.value = "";
    fileInput.value = "";
    for (const cell of output.querySelectorAll("[data-field]")) cell.textContent = "";
    output.hidden = true;
  }

  async function open(pem) {
    if (!pem.trim()) {
      say("no-key");
      return;
    }
    say("opening");
    try {
      recipient = await importPrivateKey(pem);
      textInput.value = "";
      if (recipient.id !== sealedRequest.key_id) {
        say("wrong-key", { sealed: sealedRequest.key_id, yours: recipient.id });
        return;
      }
      let plain;
      try {
        plain = await openSealed(recipient, fromBase64(sealedRequest.sealed), encoder.encode(sealedRequest.info));
      } catch (error) {
        throw new ReaderError("damaged");
      }
      show(JSON.parse(new TextDecoder().decode(plain)));
      plain.fill(0);
      say("opened");
    } catch (error) {
      say(error instanceof ReaderError ? error.message : "damaged");
    }
  }

  if (!subtle || !window.isSecureContext) {
    say("unsupported");
    return;
  }
  controls.hidden = false;
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files[0];
    if (file) await open(await file.text());
    fileInput.value = "";
  });
  root.querySelector("[data-reader-open]").addEventListener("click", () => open(textInput.value));
  root.querySelector("[data-reader-forget]").addEventListener("click", () => {
    forget();
    say("forgotten");
  });
  window.addEventListener("pagehide", forget);
})();
