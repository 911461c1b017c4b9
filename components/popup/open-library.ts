// Opens the library (the options page) in a tab.
export function openLibrary(): void {
  void browser.runtime.openOptionsPage();
}
