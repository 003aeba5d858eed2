/**
 * Type-level checks of the coordinate spaces (src/core/offset-space.ts):
 * compiled by `tsc -p tsconfig.json` and by test/unit/offset-types.test.ts,
 * never run. Each `@ts-expect-error` marks a mix-up the types must refuse;
 * were one accepted, the directive itself would be the compile error.
 */
import { bodyOffset, type BodyOffset } from "../../src/core/body-offset.js";
import { derivedOffset, type DerivedOffset } from "../../src/core/derived-offset.js";
import { identityText } from "../../src/core/derived-text.js";
import { inputOffset, type InputOffset } from "../../src/core/input-offset.js";
import { LineIndex } from "../../src/core/line-index.js";
import { longTextOffset } from "../../src/core/long-text-offset.js";
import { bodyToInput, derivedToBody, derivedToInput } from "../../src/core/offset-maps.js";

const derived = identityText("☒ Form 10-K\n");
const inDerived: DerivedOffset = derivedOffset(2);
const inBody: BodyOffset = derivedToBody(derived, inDerived);
const bodyStart: InputOffset = inputOffset(100);
const input = new LineIndex("x".repeat(200), inputOffset);

// The mappers, used as meant.
input.point(bodyToInput(inBody, bodyStart));
input.point(derivedToInput(derived, inDerived, bodyStart));

// @ts-expect-error a derived offset is not an offset of the body it was rendered from
bodyToInput(inDerived, bodyStart);
// @ts-expect-error a derived offset is not an offset of the input: it goes through the renderer's map
input.point(inDerived);
// @ts-expect-error nor is a body offset: the body starts somewhere in the input
input.point(inBody);
// @ts-expect-error the body's start is an input offset, not a body offset
bodyToInput(inBody, bodyOffset(100));
// @ts-expect-error a long-text offset is not a derived offset
derivedToBody(derived, longTextOffset(3));
// @ts-expect-error a plain number has no space: it is given one by its space's constructor
input.point(7);
// @ts-expect-error the input's start of a line is an input offset, not a derived one
const start: DerivedOffset = input.offsetAt(1, 1) ?? derivedOffset(0);
void start;
