import { describe, expect, it } from 'vitest';
import { furnitureLines, isFurniture } from './furniture-lines';
import { block, noContext, texts } from './test-helpers';

describe('furniture lines', () => {
  it.each([
    'Admin',
    'Updated on:',
    'Source link',
    'Read more: The chemical sites hiding in plain sight across the region',
    'Posted by TrendPulse Staff | October 15, 2025',
    'By Josh Penhale, Chief reporter | 15 October 2025 07:15',
    'ADVERTISEMENT',
    'Sign up for our morning newsletter',
    'We and our partners use cookies to personalise content and ads.',
    'Do you have photos or a story about the fire?',
    'Email the Mercury newsroom at news@brennickmercury.example or call 01632 960 417.',
    'Photo: Meg Kinnard, AP',
    'Image 1 of / 5',
    'Wed 15 Oct 2025 05.30 BST',
    'Share this: Facebook X Email',
    'China has warned they will cease control of Hong Kong (Image: GETTY )',
    'Vicente Aguiar loads garage door trims outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
    'Beijing Chaoyang Hospital, where plague-infected people sought treatmentCredit: EPA',
    'Sakib Ali/Hindustan Times/Getty Images',
    'Image copyright Reuters',
    '© Aaron Schwartz',
    'Associated Press',
    'Tom Krisher, Ap Auto Writer',
    'Additional reporting by Joseph Hudak',
    'Keith Bradsher contributed reporting from Hong Kong.',
    'Copyright 2019 Hawaii News Now. All rights reserved.',
    'Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.',
    'Media playback is unsupported on your device',
    'SUBSCRIBE',
    'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
    'GET FOX BUSINESS ON THE GO BY CLICKING HERE',
    'SEE MORE: Hong Kong protests: 800 students under siege in university',
    'Continue Reading Below',
    '[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]',
  ])('drops %j', (line) => expect(isFurniture(line)).toBe(true));

  it.each([
    'By the time flames were visible from the harbour wall, more than 80 firefighters had been sent.',
    'Sixteen people were injured, three of them firefighters, but there were no deaths.',
    'Related charges were filed against two managers on Friday.',
    'The council said cookies and tea were served at the rest centre.',
    'Citizens have every right to be outraged by the policy inaction. pic.twitter.com/fCX2Ptc7YN',
    'Das Thema wird seit Jahren diskutiert: Die elektronische Patientenakte (ePA)',
    'Click here to get more information or download this game.',
    'Also in the report were figures on the number of homes without power.',
  ])('keeps %j', (line) => expect(isFurniture(line)).toBe(false));

  it('drops a line naming a known author, keeps table numbers', () => {
    const out = furnitureLines.run(
      [block('Harriet Vance Industry correspondent'), block('6'), block('12', 'cell'), block('Fire crews stayed overnight.')],
      { ...noContext, authors: ['Harriet Vance'] },
    );
    expect(texts(out)).toEqual(['12', 'Fire crews stayed overnight.']);
  });

  it('drops timestamps, empty separators and the page printing its own address; keeps other links and a dash in a table', () => {
    const url = 'https://www.chron.com/business/article/New-car-sales-14847624.php';
    const out = furnitureLines.run(
      [
        block('Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM'),
        block('| UPDATED: 11:05, Tue, Nov 19, 2019'),
        block('___'),
        block('\u200b'),
        block(url),
        block('http://amzn.to/2iJFhRj'),
        block('02-751-1500'),
        block('–', 'cell'),
      ],
      { ...noContext, urls: [url] },
    );
    expect(texts(out)).toEqual(['http://amzn.to/2iJFhRj', '02-751-1500', '–']);
  });
});
