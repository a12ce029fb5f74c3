/**
 * Browser only: offers `content` as a file download. Files the API sends behind the bearer token
 * (exports, calendars) cannot be plain links, so the app fetches them and hands them over this way.
 */
export function saveFile(content: BlobPart, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked once the click has been handled, so the browser has started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
