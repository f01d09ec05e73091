// Shown instead of the app when browser mode refuses the page: a tab opened without the address
// printed at start (after the server was restarted, from an old bookmark, in another browser).
// It must not read as if the documents were gone.
export function Denied() {
  return (
    <main className="denied" role="alert">
      <h1>文稿台</h1>
      <h2>请用启动时显示的地址打开文稿台</h2>
      <p>
        文稿台在浏览器中使用时，每次启动都会在启动窗口里显示一个地址，形如
        <code>http://127.0.0.1:端口/#token=……</code>。请复制这个<strong>完整地址</strong>（包括 # 号后面的部分），粘贴到浏览器的地址栏打开。
      </p>
      <p>用这个地址打开过一次之后，同一浏览器里新开的标签页也能直接使用，直到文稿台关闭。</p>
      <p className="ok">您的文稿都保存在本机，没有丢失。</p>
    </main>
  );
}
