// Puppeteer's own browser download cannot reach the internet from NHS networks or CI here;
// reports use the system Chromium instead (see reports/pdf/find-browser.ts).
module.exports = { skipDownload: true };
