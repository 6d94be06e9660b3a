/** Whether the metro access layer is on (a view option of this feature, not part of a share link). */
import { create } from 'zustand';

export const useMetroStore = create<{ on: boolean; setOn: (on: boolean) => void }>((set) => ({
  on: false,
  setOn: (on) => set({ on }),
}));
