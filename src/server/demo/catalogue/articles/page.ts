type Block = string | string[];
/** A short article: a lead, then sections of a heading and paragraphs or a list (an array). */
export const page = (lead: string, ...sections: [heading: string, ...blocks: Block[]][]) =>
  [
    `<p><strong>${lead}</strong></p>`,
    ...sections.map(
      ([heading, ...blocks]) =>
        `<h2>${heading}</h2>${blocks
          .map((block) =>
            Array.isArray(block)
              ? `<ul>${block.map((line) => `<li>${line}</li>`).join('')}</ul>`
              : `<p>${block}</p>`,
          )
          .join('')}`,
    ),
  ].join('');
