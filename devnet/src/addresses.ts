// Deterministic L1 addresses of a fresh devnet with the default chains (the operator key and the
// deployment order are fixed). devnet/test/contracts.test.ts checks that the deployment matches;
// the app's devnet token list reads them from here. No imports: safe to bundle in the app.

/** The addresses above (default chains, fresh anvils). */
export const DEVNET_DEFAULT_ADDRESSES = {
  bridgehub: '0x334b550164021C9123c493B2e3a5dCCEc3b301B1',
  l1Nullifier: '0xeEb88aE27B1885f68a8e20A2cAA410d856064410',
  l1AssetRouter: '0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C',
  l1NativeTokenVault: '0x96Ff55A91d2650F1262d8c83A86E87F045521073',
  tokens: {
    TST: '0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB',
    TUSD: '0x7baEC2668170D7Fd1588cB753CCdFF6a6210e1d3',
  },
  diamonds: {
    270: '0x74e9f31233C64305d49d407DaF08E89C06E3c799',
    272: '0x164B068f3B4f9744b74F940fE65a2AEAeC78315C',
  },
  testTarget: '0x976C6fD8311879C4690D39F0d6DB281522BfdcbE',
} as const
