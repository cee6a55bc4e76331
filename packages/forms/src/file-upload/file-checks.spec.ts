import { describe, expect, it } from 'vitest';
import {
  acceptLabels,
  checkFiles,
  fileIssue,
  formatSize,
  matchesAccept,
  mergeFiles,
  parseAccept,
  parseSize,
  sameFile,
} from './file-checks.js';

const plain = (text: string) => text.replace(/\s+/g, ' ');
const file = (name: string, type = '', size = 100, lastModified = 1) => ({ name, type, size, lastModified });

describe('parseSize', () => {
  it('reads bytes', () => {
    expect(parseSize('5242880')).toBe(5242880);
    expect(parseSize(1000)).toBe(1000);
    expect(parseSize('0')).toBe(0);
  });

  it('reads French and English decimal units, with or without a space, any case', () => {
    expect(parseSize('5Mo')).toBe(5_000_000);
    expect(parseSize('5 Mo')).toBe(5_000_000);
    expect(parseSize('5 MB')).toBe(5_000_000);
    expect(parseSize('500ko')).toBe(500_000);
    expect(parseSize('500 kB')).toBe(500_000);
    expect(parseSize('2 Go')).toBe(2_000_000_000);
    expect(parseSize('820 o')).toBe(820);
    expect(parseSize('12 octets')).toBe(12);
  });

  it('reads decimals with a comma or a point', () => {
    expect(parseSize('1,5 Mo')).toBe(1_500_000);
    expect(parseSize('1.5MB')).toBe(1_500_000);
  });

  it('reads binary units', () => {
    expect(parseSize('5Mio')).toBe(5 * 1024 * 1024);
    expect(parseSize('1 KiB')).toBe(1024);
    expect(parseSize('1 Gio')).toBe(1024 ** 3);
  });

  it('returns null for what it cannot read', () => {
    for (const bad of ['', 'cinq Mo', '5 M', '5 Zo', '-5', '5 Mo 3', 'NaN', null, undefined, -1, Number.NaN])
      expect(parseSize(bad as never)).toBe(null);
  });
});

describe('formatSize', () => {
  it('prints bytes in full, larger sizes with the short unit and one decimal', () => {
    expect(plain(formatSize(820, 'fr'))).toBe('820 octets');
    expect(plain(formatSize(1, 'fr'))).toBe('1 octet');
    expect(plain(formatSize(820, 'en'))).toBe('820 bytes');
    expect(plain(formatSize(5_000_000, 'fr'))).toBe('5 Mo');
    expect(plain(formatSize(5_000_000, 'en'))).toBe('5 MB');
    expect(plain(formatSize(1_234_567, 'fr'))).toBe('1,2 Mo');
    expect(plain(formatSize(1_234_567, 'en'))).toBe('1.2 MB');
    expect(plain(formatSize(2_500_000_000, 'fr'))).toBe('2,5 Go');
    expect(plain(formatSize(12_300, 'fr'))).toBe('12,3 ko');
  });

  it('moves to the next unit when the rounded figure would read 1000', () => {
    expect(plain(formatSize(999_999, 'fr'))).toBe('1 Mo');
    expect(plain(formatSize(999, 'fr'))).toBe('999 octets');
  });

  it('shows more decimals when asked', () => {
    expect(plain(formatSize(5_000_400, 'fr', 4))).toBe('5,0004 Mo');
  });
});

describe('parseAccept and matchesAccept', () => {
  it('reads extensions, MIME types and wildcards, and sets aside what HTML ignores', () => {
    const { rules, invalid } = parseAccept(' .PDF, image/png ,image/*, pdf, *, ,application/vnd.ms-excel');
    expect(rules).toEqual([
      { kind: 'extension', value: '.pdf' },
      { kind: 'mime', value: 'image/png' },
      { kind: 'wildcard', value: 'image/' },
      { kind: 'mime', value: 'application/vnd.ms-excel' },
    ]);
    expect(invalid).toEqual(['pdf', '*']);
  });

  it('accepts every file when there are no rules', () => {
    expect(matchesAccept(file('x.exe'), parseAccept('').rules)).toBe(true);
    expect(matchesAccept(file('x.exe'), parseAccept(undefined).rules)).toBe(true);
  });

  it('matches extensions on the name, whatever the case', () => {
    const { rules } = parseAccept('.pdf,.tar.gz');
    expect(matchesAccept(file('Rapport.PDF'), rules)).toBe(true);
    expect(matchesAccept(file('archive.tar.gz'), rules)).toBe(true);
    expect(matchesAccept(file('rapport.pdf.exe'), rules)).toBe(false);
    expect(matchesAccept(file('pdf'), rules)).toBe(false);
    expect(matchesAccept(file('.pdf'), rules)).toBe(false);
  });

  it('matches MIME types exactly and by wildcard', () => {
    const { rules } = parseAccept('application/pdf,image/*');
    expect(matchesAccept(file('a', 'application/pdf'), rules)).toBe(true);
    expect(matchesAccept(file('a', 'Application/PDF'), rules)).toBe(true);
    expect(matchesAccept(file('photo.heic', 'image/heic'), rules)).toBe(true);
    expect(matchesAccept(file('film.mp4', 'video/mp4'), rules)).toBe(false);
    // a file the system gave no type can only match by its extension
    expect(matchesAccept(file('scan.pdf', ''), rules)).toBe(false);
    expect(matchesAccept(file('scan.pdf', ''), parseAccept('.pdf').rules)).toBe(true);
  });
});

describe('acceptLabels', () => {
  const wildcard = (type: string) => (type === 'image' ? 'images' : `${type}/*`);

  it('names formats as people know them, once each', () => {
    const { rules } = parseAccept('.pdf,application/pdf,.jpg,image/jpeg,image/png,image/x-icon');
    expect(acceptLabels(rules, wildcard)).toEqual(['pdf', 'jpg', 'png', 'icon']);
  });

  it('names wildcards through the callback', () => {
    expect(acceptLabels(parseAccept('image/*,font/*').rules, wildcard)).toEqual(['images', 'font/*']);
  });

  it('names office formats by their extension', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(
      acceptLabels(parseAccept(`${docx},application/vnd.oasis.opendocument.text`).rules, wildcard),
    ).toEqual(['docx', 'odt']);
  });
});

describe('fileIssue and checkFiles', () => {
  const options = { rules: parseAccept('.pdf,image/*').rules, maxSize: 1000, maxFiles: 2 };

  it('passes a file that fits', () => {
    expect(fileIssue(file('a.pdf', 'application/pdf', 1000), options)).toBe(null);
  });

  it('reports the format first, then an empty file, then the size', () => {
    expect(fileIssue(file('x.exe', 'application/x-msdownload', 5000), options)).toBe('type');
    expect(fileIssue(file('a.pdf', 'application/pdf', 0), options)).toBe('empty');
    expect(fileIssue(file('a.pdf', 'application/pdf', 1001), options)).toBe('size');
  });

  it('sets no limit without maxSize or maxFiles', () => {
    expect(fileIssue(file('a.bin', '', 1e12), {})).toBe(null);
    expect(checkFiles([file('a'), file('b'), file('c')], {}).extra).toBe(0);
  });

  it('reports each file and how many are too many', () => {
    const report = checkFiles(
      [file('a.pdf', 'application/pdf'), file('x.exe'), file('p.png', 'image/png', 0)],
      options,
    );
    expect(report.issues).toEqual([null, 'type', 'empty']);
    expect(report.extra).toBe(1);
  });
});

describe('sameFile and mergeFiles', () => {
  it('keeps the current files and adds only new ones, in order', () => {
    const a = file('a.pdf', 'application/pdf', 10, 1);
    const b = file('b.pdf', 'application/pdf', 10, 1);
    const aAgain = { ...a };
    const aOther = file('a.pdf', 'application/pdf', 11, 1);
    expect(sameFile(a, aAgain)).toBe(true);
    expect(sameFile(a, aOther)).toBe(false);
    expect(mergeFiles([a], [aAgain, b, aOther])).toEqual([a, b, aOther]);
    expect(mergeFiles([], [a, aAgain])).toEqual([a]);
  });
});
