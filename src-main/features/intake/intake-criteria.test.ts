import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../contract';
import { computeScore, evaluateCriteria, NO_CRITERIA, type CriteriaSubject } from './intake-criteria';

const children: Criteria = { minAge: 6, maxAge: 18, sexes: [], pmksCategories: [2, 4], disabilityTypes: ['none'], requiredDocuments: ['kk', 'birth_certificate'] };
const boy: CriteriaSubject = { birthDate: '2013-05-15', sex: 'L', pmksCategory: 2, disabilityType: 'none', documentTypes: ['kk', 'birth_certificate'] };

describe('admission criteria evaluation', () => {
  it.each<[string, Criteria, Partial<CriteriaSubject>, string, boolean, RegExp]>([
    ['age inside the range', children, {}, 'age', true, /Umur 13 tahun, dalam batas 6–18 tahun/],
    ['a day before the 6th birthday', children, { birthDate: '2020-06-03' }, 'age', false, /Umur 5 tahun di bawah batas/],
    ['on the 6th birthday', children, { birthDate: '2020-06-02' }, 'age', true, /Umur 6 tahun/],
    ['19 years old', children, { birthDate: '2007-01-01' }, 'age', false, /Umur 19 tahun di atas batas \(6–18 tahun\)/],
    ['birth date unknown', children, { birthDate: null }, 'age', false, /Tanggal lahir belum diisi/],
    ['only a lower bound', { ...children, maxAge: null }, { birthDate: '1950-01-01' }, 'age', true, /paling rendah 6 tahun/],
    ['PMKS not served', children, { pmksCategory: 8 }, 'pmks', false, /8\. Lanjut usia telantar bukan kategori/],
    ['PMKS served', children, {}, 'pmks', true, /2\. Anak telantar termasuk/],
    ['disability not accepted', children, { disabilityType: 'visual' }, 'disability', false, /Disabilitas netra: tidak termasuk/],
    ['sex not accepted', { ...children, sexes: ['P'] }, {}, 'sex', false, /Laki-laki tidak diterima \(hanya Perempuan\)/],
    ['documents missing', children, { documentTypes: ['kk'] }, 'documents', false, /Belum ada: Akta kelahiran/],
    ['documents complete', children, {}, 'documents', true, /Semua dokumen wajib sudah ada/],
  ])('%s', (_name, criteria, subject, key, pass, reason) => {
    const result = evaluateCriteria(criteria, { ...boy, ...subject }, '2026-06-02').find((r) => r.key === key);
    expect(result).toMatchObject({ pass });
    expect(result!.reason).toMatch(reason);
  });

  it('checks nothing the home did not set, and lists every criterion it did', () => {
    expect(evaluateCriteria(NO_CRITERIA, boy, '2026-06-02')).toEqual([]);
    expect(evaluateCriteria(children, boy, '2026-06-02').map((r) => r.key)).toEqual(['age', 'pmks', 'disability', 'documents']);
  });

  it('weights the scores on 0–100', () => {
    expect(computeScore([{ weight: 40, value: 5 }, { weight: 60, value: 5 }])).toBe(100);
    expect(computeScore([{ weight: 40, value: 5 }, { weight: 60, value: 1 }])).toBe(52);
    expect(computeScore([{ weight: 1, value: 2 }, { weight: 2, value: 3 }])).toBe(53.3);
  });
});
