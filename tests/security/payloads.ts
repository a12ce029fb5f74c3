/**
 * The XSS payload families the security tests try (counts are reported by the tests' names).
 * URL payloads: values a URL field must refuse. HTML payloads: rich text that must come out inert.
 */
export const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'javascript :alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript://%0aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'https://exa mple.com',
  'mailto:',
] as const;

/** Valid-looking links that carry markup: accepted by the API, rendered as inert href text. */
export const TRICKY_SAFE_URLS = [
  'https://ok.example/"onmouseover="alert(1)',
  'https://ok.example/<script>alert(1)</script>',
  "https://ok.example/?q='><img src=x onerror=alert(1)>",
] as const;

export const HTML_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<script>alert(1)</script>',
  '<p onclick="alert(1)">click</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" JaVaScRiPt:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '"><img src=x onerror=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
] as const;

/** Elements that run or load code by themselves. */
const ACTIVE_TAGS = 'script, iframe, frame, object, embed, applet, base, link, meta[http-equiv]';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'];

/**
 * What could run script in rendered or stored HTML: event-handler attributes, active elements and
 * script-capable URL schemes (after the browser's own trimming of spaces and control characters).
 * Returns the offending bits, empty when inert. Harmless leftovers (an <img src=x>, an empty <svg>)
 * are not flagged: they cannot run anything.
 */
export function activeContent(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip them from URLs
      const url = attribute.value.replace(/[\u0000-\u0020]/g, '');
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && /^(javascript|vbscript|data):/i.test(url))
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
    }
  }
  for (const element of Array.from(root.querySelectorAll(ACTIVE_TAGS))) found.push(element.tagName);
  return found;
}

export function inertHtml(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return activeContent(template.content);
}
