import { describe, expect, it } from 'vitest';
import {
  badXmlLine,
  scorm12Manifest,
  scorm2004Manifest,
  slidesWithQuestion,
} from '../fixtures/scorm-packages.ts';
import { missingFileProblems, parseManifest, referencedFiles, withParameters } from './manifest.parse.ts';

const sco = (id: string, mastery?: number) => ({
  id,
  title: `SCO ${id}`,
  slides: slidesWithQuestion(id),
  mastery,
});

describe('imsmanifest.xml', () => {
  it('reads a SCORM 1.2 package: title, SCOs in order, mastery score', () => {
    const result = parseManifest(scorm12Manifest('Mondzorg', [sco('a', 80), sco('b')]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.manifest).toMatchObject({ scormVersion: '1.2', edition: null, title: 'Mondzorg' });
    expect(result.manifest.scos.map((s) => [s.id, s.launch, s.kind, s.masteryScore])).toEqual([
      ['a', 'a/index.html', 'sco', 80],
      ['b', 'b/index.html', 'sco', null],
    ]);
    expect(result.manifest.navigation).toEqual({ choice: true, flow: true });
  });

  it('reads SCORM 2004 4th edition: xml:base, scaled passing score, completion threshold, control mode', () => {
    const result = parseManifest(scorm2004Manifest('Zorg', [sco('a', 70)], { flow: false }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.manifest).toMatchObject({ scormVersion: '2004', edition: '4th' });
    expect(result.manifest.scos[0]).toMatchObject({
      launch: 'a/index.html',
      scaledPassingScore: 0.7,
      completionThreshold: null,
    });
    expect(result.manifest.navigation).toEqual({ choice: true, flow: false });
  });

  it('reads 3rd edition thresholds, launch data, time limits, parameters and hidden controls', () => {
    const xml = `<?xml version="1.0"?>
<manifest identifier="m" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
  <organizations default="o"><organization identifier="o"><title>T</title>
    <item identifier="i" identifierref="r" parameters="?page=2">
      <title>Eén</title>
      <adlcp:completionThreshold>0.75</adlcp:completionThreshold>
      <adlcp:dataFromLMS>start=3</adlcp:dataFromLMS>
      <adlcp:timeLimitAction>exit,message</adlcp:timeLimitAction>
      <imsss:sequencing><imsss:limitConditions attemptAbsoluteDurationLimit="PT30M"/></imsss:sequencing>
      <adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>continue</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>
    </item>
  </organization></organizations>
  <resources xml:base="content/"><resource identifier="r" adlcp:scormType="sco" href="start%20here.html?lang=nl"/></resources>
</manifest>`;
    const result = parseManifest(xml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.manifest.edition).toBe('3rd');
    expect(result.manifest.scos[0]).toMatchObject({
      title: 'Eén',
      launch: 'content/start here.html?lang=nl&page=2',
      completionThreshold: 0.75,
      launchData: 'start=3',
      maxTimeAllowed: 'PT30M',
      timeLimitAction: 'exit,message',
      hiddenControls: ['continue'],
    });
  });

  it('names the line of XML that does not parse', () => {
    const result = parseManifest(
      scorm12Manifest('Kapot', [sco('a')]).replace('<title>Kapot</title>', '<title>Kapot</titel>'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'imsmanifest.xml', line: badXmlLine, code: 'badXml' }),
    ]);
    expect(result.problems[0]?.message).toMatch(
      new RegExp(`^imsmanifest.xml, line ${badXmlLine}: is not valid XML`),
    );
  });

  it('names an item that points at a resource the manifest lacks, with its line', () => {
    const xml = scorm12Manifest('T', [sco('a')]).replace('identifierref="res-a"', 'identifierref="res-x"');
    const result = parseManifest(xml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = xml.split('\n').findIndex((text) => text.includes('res-x')) + 1;
    expect(result.problems).toEqual([expect.objectContaining({ line, code: 'unknownResource' })]);
  });

  it('refuses what is not SCORM 1.2 or 2004, and entity declarations', () => {
    for (const [xml, text] of [
      ['<manifest><metadata><schemaversion>1.1</schemaversion></metadata></manifest>', 'schemaversion "1.1"'],
      ['<cartridge/>', 'not <manifest>'],
      ['<manifest><metadata><schema>IMS Common Cartridge</schema></metadata></manifest>', 'Common Cartridge'],
      ['<!DOCTYPE m [<!ENTITY a "aaaa">]><manifest/>', 'entity declarations'],
    ] as const) {
      const result = parseManifest(xml);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toContain(text);
    }
  });

  it('lists every file the resources name and reports the ones the zip lacks', () => {
    const xml = scorm2004Manifest('T', [sco('a'), sco('b')]);
    const files = referencedFiles(xml);
    expect(files.map((file) => file.path)).toEqual([
      'a/index.html',
      'a/index.html',
      'b/index.html',
      'b/index.html',
      'shared/sco.js',
    ]);
    const problems = missingFileProblems(files, (path) => path !== 'b/index.html');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ code: 'missingFile', line: expect.any(Number) });
    expect(problems[0]?.message).toContain('b/index.html, which the zip does not contain');
  });

  it('adds parameters the way ADL describes', () => {
    expect(withParameters('a.html', '?x=1')).toBe('a.html?x=1');
    expect(withParameters('a.html?y=2', '&x=1')).toBe('a.html?y=2&x=1');
    expect(withParameters('a.html', '#p3')).toBe('a.html#p3');
    expect(withParameters('a.html#p1', '#p3')).toBe('a.html#p1');
  });
});
