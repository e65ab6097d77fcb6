import type { DeckSlide, SavedDeck } from '../domain/model';
import type { IndiDb } from './db';
import { newId } from './newId';

export async function listDecks(db: IndiDb): Promise<SavedDeck[]> {
  return (await db.decks.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

export async function createDeck(db: IndiDb, name: string, slides: DeckSlide[] = []): Promise<SavedDeck> {
  const now = Date.now();
  const deck: SavedDeck = { id: newId('d'), name, slides, createdAt: now, updatedAt: now };
  await db.decks.add(deck);
  return deck;
}

/** Writes a deck's new name or slide list (order, titles, notes). */
export async function saveDeck(db: IndiDb, deck: SavedDeck): Promise<void> {
  await db.decks.put({ ...deck, slides: deck.slides.map((s) => ({ ...s })), updatedAt: Date.now() });
}

export async function deleteDeck(db: IndiDb, id: string): Promise<void> {
  await db.decks.delete(id);
}
